package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Update issue claims on HSQLDB and PostgreSQL: a KPI and period is claimed once, and its issue recorded on it. */
class UpdateIssuesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-06T02:00:00Z"), ZoneOffset.UTC);
    private static final KpiDefinition KPI = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).key("WST-01")
            .build();
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aKpiAndPeriodIsClaimedOnceAndItsIssueRecorded(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            UpdateIssues issues = new AoUpdateIssues(store.activeObjects(), CLOCK);

            boolean first = issues.claim(KPI, Q2);
            boolean again = issues.claim(KPI, Q2);
            Optional<UpdateIssues.Claim> cutShort = issues.find(KPI, Q2);
            issues.made(KPI, Q2, 10_200L);

            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(cutShort.orElseThrow().issueId()).isEmpty();
            assertThat(issues.find(KPI, Q2).orElseThrow().issueId()).contains(10_200L);
            assertThat(issues.find(KPI, Q2.previous())).isEmpty();
            assertThat(issues.claim(KPI, Q2.previous())).isTrue();
            assertThat(UpdateIssues.claimKey(KPI, Q2)).isEqualTo("WST-01 2025-26-Q2");
        }
    }
}
