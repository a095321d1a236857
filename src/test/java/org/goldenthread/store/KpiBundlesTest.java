package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetAmendment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Many KPIs' report data read at once: the same as reading KPI by KPI, in a handful of statements. */
class KpiBundlesTest {
    private static final int BUDGET = 5;

    @BeforeAll
    static void countStatements() throws SQLException {
        StatementCounter.install();
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void readsAHundredKpisInAHandfulOfStatementsAndAgreesWithTheRepositories(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ScorecardFixture.load(store, 100);
            AoKpiRepository kpis = new AoKpiRepository(store.activeObjects(), ScorecardFixture.CLOCK);
            KpiDefinition kpi7 = kpis.find(ScorecardFixture.key(7)).orElseThrow().definition();
            AoChartNotes notes = new AoChartNotes(store.activeObjects(), ScorecardFixture.CLOCK);
            notes.add(kpi7, ChartNotes.Kind.REBASE, FinancialPeriod.parse("2020/21 Q1"), "New contractor", "perf");
            notes.add(kpi7, ChartNotes.Kind.GHOST, FinancialPeriod.parse("2021/22 Q3"), "Strike", "perf");
            AoTargetRepository targets = new AoTargetRepository(store.activeObjects(), ScorecardFixture.CLOCK);
            targets.amend(kpi7, new TargetAmendment(ScorecardFixture.LATEST, Target.of(new BigDecimal("70")),
                    "Revised", "head", ScorecardFixture.CLOCK.instant()));
            List<String> keys = new ArrayList<>();
            for (int i = 99; i >= 0; i--) {
                keys.add(ScorecardFixture.key(i));
            }
            keys.add(50, "NO-SUCH-KPI");
            Map<String, KpiBundle> bundles = new java.util.LinkedHashMap<>();

            List<String> statements = StatementCounter.during(() -> bundles.putAll(
                    new KpiBundles(store.activeObjects()).load(keys)));

            assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(BUDGET);
            assertThat(bundles.keySet()).hasSize(100).startsWith(ScorecardFixture.key(99), ScorecardFixture.key(98))
                    .doesNotContain("NO-SUCH-KPI");
            KpiBundle bundle = bundles.get(ScorecardFixture.key(7));
            AoMeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(),
                    ScorecardFixture.CLOCK);
            assertThat(bundle.kpi()).isEqualTo(kpis.find(ScorecardFixture.key(7)).orElseThrow());
            assertThat(bundle.periods()).isEqualTo(figures.series(kpi7));
            assertThat(bundle.targets().targetFor(ScorecardFixture.LATEST))
                    .isEqualTo(targets.schedule(kpi7).targetFor(ScorecardFixture.LATEST));
            assertThat(bundle.targets().targetFor(ScorecardFixture.LATEST).orElseThrow().target())
                    .isEqualTo(Target.of(new BigDecimal("70")));
            assertThat(bundle.rebases()).isEqualTo(notes.rebases(kpi7));
            assertThat(bundle.ghosts()).isEqualTo(notes.ghosts(kpi7));
            assertThat(new KpiBundles(store.activeObjects()).all()).hasSize(100)
                    .extracting(all -> all.kpi().definition().key()).startsWith(ScorecardFixture.key(0));
        }
    }
}
