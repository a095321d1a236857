package org.goldenthread.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.api.Test;

/** Exception triggers beyond RAG (RAG-09), reported for good news as well as bad (CYC-12). */
class ExceptionCheckTest {
    private static final KpiDefinition HIGHER = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
    private static final KpiDefinition LOWER = kpi(Unit.DAYS, Polarity.LOWER_IS_BETTER).build();
    private static final ExceptionCheck STANDARD = new ExceptionCheck(ExceptionRules.STANDARD);

    @Test
    void rag09TwoPeriodsOfDeclineRaiseAnException() {
        List<RaisedException> raised = STANDARD.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "70.0", "69.0",
                "68.5"));

        assertThat(raised).containsExactly(new RaisedException(ExceptionTrigger.CONSECUTIVE_DECLINE,
                "Worsened in each of the last 2 periods (2025/26 Q2 and 2025/26 Q3)."));
    }

    @Test
    void rag09OnePeriodOfDeclineOrADeclineBrokenByAMissingFigureIsNotARun() {
        assertThat(STANDARD.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "68.0", "70.0", "69.0"))).isEmpty();
        assertThat(STANDARD.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "70.0", "69.0", "", "68.0", "67.0", "66.0")))
                .extracting(RaisedException::trigger).containsExactly(ExceptionTrigger.CONSECUTIVE_DECLINE);
        assertThat(STANDARD.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "70.0", "69.0", "", "68.0", "67.0")))
                .isEmpty();
    }

    @Test
    void rag09DeclineFollowsPolarity() {
        assertThat(STANDARD.raised(History.of(LOWER, "20.0", "2025/26 Q1", "8.0", "9.0", "10.0")))
                .extracting(RaisedException::trigger).containsExactly(ExceptionTrigger.CONSECUTIVE_DECLINE);
        assertThat(STANDARD.raised(History.of(LOWER, "20.0", "2025/26 Q1", "10.0", "9.0", "8.0")))
                .extracting(RaisedException::trigger).containsExactly(ExceptionTrigger.SUSTAINED_IMPROVEMENT);
    }

    @Test
    void rag09ADeclineOfMoreThanTheSetPercentage() {
        ExceptionCheck tenPercent = new ExceptionCheck(new ExceptionRules(3, Optional.of(BigDecimal.TEN), 3));

        assertThat(tenPercent.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "80.0", "70.0")))
                .containsExactly(new RaisedException(ExceptionTrigger.SHARP_DECLINE,
                        "Worsened by 12.5% against 2025/26 Q1 (80.0% to 70.0%), more than the 10% trigger."));
        assertThat(tenPercent.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "80.0", "72.0")))
                .as("exactly 10% is not more than 10%").isEmpty();
        assertThat(tenPercent.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "70.0", "80.0")))
                .containsExactly(new RaisedException(ExceptionTrigger.SHARP_IMPROVEMENT,
                        "Improved by 14.3% against 2025/26 Q1 (70.0% to 80.0%), more than the 10% trigger."));
        assertThat(tenPercent.raised(History.of(HIGHER, "-50.0", "2025/26 Q1", "0.0", "-5.0")))
                .as("a change from zero has no percentage").isEmpty();
        assertThat(tenPercent.raised(History.of(HIGHER, "50.0", "2025/26 Q1", "250.0", "224.9")))
                .containsExactly(new RaisedException(ExceptionTrigger.SHARP_DECLINE,
                        "Worsened by 10.04% against 2025/26 Q1 (250.0% to 224.9%), more than the 10% trigger."));
        KpiDefinition band = kpi(Unit.PERCENT, Polarity.WITHIN_BAND).build();
        assertThat(tenPercent.raised(History.of(band, "85..92", "2025/26 Q1", "92.0", "40.0")))
                .as("a band KPI's change is a change of distance").isEmpty();
    }

    @Test
    void rag09RedForTheSetNumberOfPeriods() {
        assertThat(STANDARD.raised(History.of(HIGHER, "68.0", "2025/26 Q4", "60.0", "60.0")))
                .containsExactly(new RaisedException(ExceptionTrigger.PERSISTENT_RED,
                        "Red in each of the last 2 periods (2025/26 Q4 and 2026/27 Q1)."));
        ExceptionCheck once = new ExceptionCheck(new ExceptionRules(2, Optional.empty(), 1));
        assertThat(once.raised(History.of(HIGHER, "68.0", "2025/26 Q1", "60.0")))
                .containsExactly(new RaisedException(ExceptionTrigger.PERSISTENT_RED, "Red in 2025/26 Q1."));
    }

    @Test
    void cyc12BackOnTargetIsAGoodException() {
        List<RaisedException> raised = STANDARD.raised(History.of(HIGHER, "68.0", "2025/26 Q1", "60.0", "69.0"));

        assertThat(raised).containsExactly(new RaisedException(ExceptionTrigger.BACK_ON_TARGET,
                "Green in 2025/26 Q2 after red in 2025/26 Q1."));
        assertThat(raised.get(0).trigger().isGood()).isTrue();
    }

    @Test
    void cyc12BackOnTargetLooksBackPastPeriodsThatWereNotJudged() {
        assertThat(STANDARD.raised(History.of(HIGHER, "68.0", "2025/26 Q1", "60.0", "", "69.0")))
                .containsExactly(new RaisedException(ExceptionTrigger.BACK_ON_TARGET,
                        "Green in 2025/26 Q3 after red in 2025/26 Q1."));
        assertThat(STANDARD.raised(History.of(HIGHER, "68.0", "2025/26 Q1", "60.0", "66.0", "69.0")))
                .extracting(RaisedException::trigger).containsExactly(ExceptionTrigger.BACK_ON_TARGET,
                        ExceptionTrigger.SUSTAINED_IMPROVEMENT);
        assertThat(STANDARD.raised(History.of(HIGHER, "68.0", "2025/26 Q1", "69.0", "", "70.0"))).isEmpty();
    }

    @Test
    void rag03ComplianceKpisComeBackOnTargetToo() {
        KpiDefinition compliance = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).decimals(0).compliance(true).build();

        assertThat(STANDARD.raised(History.of(compliance, "100", "2025/26 Q1", "99", "99", "100")))
                .containsExactly(new RaisedException(ExceptionTrigger.BACK_ON_TARGET,
                        "Met in 2025/26 Q3 after not met in 2025/26 Q2."));
    }

    @Test
    void aHistoryWithAGapIsRefused() {
        List<PeriodOutcome> history = History.of(HIGHER, "50.0", "2025/26 Q1", "70.0", "69.0", "68.0");

        assertThatThrownBy(() -> STANDARD.raised(List.of(history.get(0), history.get(2))))
                .hasMessage("the history must be consecutive periods in order, but 2025/26 Q3 follows 2025/26 Q1");
        assertThat(STANDARD.raised(List.of())).isEmpty();
    }

    @Test
    void rag09TheRulesRefuseNonsense() {
        assertThatThrownBy(() -> new ExceptionRules(0, Optional.empty(), 2))
                .hasMessage("Invalid exception rules: consecutivePeriods must be from 1 to 12 periods, but is 0");
        assertThatThrownBy(() -> ExceptionRules.STANDARD.withSharpChangePercent(BigDecimal.ZERO))
                .hasMessage("Invalid exception rules: sharpChangePercent must be more than 0%, but is 0%");
    }
}
