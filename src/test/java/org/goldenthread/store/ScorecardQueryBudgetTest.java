package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.status.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scorecard read (every KPI with its latest figure, target and status) issues at most five SQL statements,
 * whatever the number of KPIs, counted at the JDBC level on HSQLDB and PostgreSQL.
 */
class ScorecardQueryBudgetTest {
    private static final int BUDGET = 5;

    @BeforeAll
    static void countStatements() throws SQLException {
        StatementCounter.install();
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aThousandKpisWithFortyQuartersEachReadInAtMostFiveStatements(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ScorecardFixture.load(store, 1000);
            ScorecardReader reader = new ScorecardReader(store.activeObjects());
            List<ScorecardRow> rows = new ArrayList<>();

            List<String> statements = StatementCounter.during(() -> rows.addAll(reader.read()));

            assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(BUDGET);
            assertThat(rows).hasSize(1000);
            ScorecardRow kpi7 = rows.stream().filter(row -> row.kpi().definition().key().equals("KPI-7"))
                    .findFirst().orElseThrow();
            assertThat(kpi7.latest().orElseThrow().period()).isEqualTo(ScorecardFixture.LATEST);
            assertThat(kpi7.latest().orElseThrow().value().orElseThrow()).isEqualByComparingTo("71.9");
            assertThat(kpi7.target().orElseThrow().target()).isEqualTo(Target.of(new java.math.BigDecimal("67.0")));
            assertThat(kpi7.latest().orElseThrow().status().orElseThrow().status()).isEqualTo(Status.GREEN);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfKpis(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ScorecardFixture.load(store, 3);
            ScorecardReader reader = new ScorecardReader(store.activeObjects());

            List<String> statements = StatementCounter.during(reader::read);

            assertThat(statements).hasSizeLessThanOrEqualTo(BUDGET);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void theScorecardMovesOnToALaterFigureAndNotToAnEarlierOne(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ScorecardFixture.load(store, 3);
            AoMeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), ScorecardFixture.CLOCK);
            KpiDefinition kpi = new AoKpiRepository(store.activeObjects(), ScorecardFixture.CLOCK)
                    .find(ScorecardFixture.key(1)).orElseThrow().definition();
            FinancialPeriod next = FinancialPeriod.parse("2025/26 Q1");

            figures.enter(kpi, next, FigureEntry.of(new BigDecimal("70.5"), DataQuality.PROVISIONAL, ""), 0, "officer");
            figures.enter(kpi, FinancialPeriod.parse("2010/11 Q1"),
                    FigureEntry.of(new BigDecimal("40"), DataQuality.CONFIRMED, ""), 0, "officer");

            ScorecardRow row = new ScorecardReader(store.activeObjects()).read().get(1);
            assertThat(row.kpi().definition().key()).isEqualTo(ScorecardFixture.key(1));
            assertThat(row.latest().orElseThrow().period()).isEqualTo(next);
            assertThat(row.latest().orElseThrow().value()).contains(new BigDecimal("70.5"));
            assertThat(store.activeObjects().count(MeasurementEntity.class, "LATEST_FIGURE = ?", true)).isEqualTo(3);
        }
    }
}
