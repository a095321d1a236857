package org.goldenthread.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.kpi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exception triggers beyond RAG (RAG-09), reported for good news as well as bad (CYC-12). */
class ExceptionCheckTest {
    private static final KpiDefinition HIGHER = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();
    private static final KpiDefinition LOWER = kpi(Unit.DAYS, Polarity.LOWER_IS_BETTER).build();
    private static final ExceptionCheck STANDARD = new ExceptionCheck(ExceptionRules.STANDARD);

    @ParameterizedTest(name = "{0}: {6} gives [{7}]")
    @CsvSource(delimiter = '|', textBlock = """
            RAG-09 default: 2 declines                | 2 |    | 2 | HIGHER_IS_BETTER | 50.0 | 70.0 69.0 68.5      | CONSECUTIVE_DECLINE
            RAG-09 3 declines set, 2 seen             | 3 |    | 2 | HIGHER_IS_BETTER | 50.0 | 70.0 69.0 68.5      |
            RAG-09 3 declines set, 3 seen             | 3 |    | 2 | HIGHER_IS_BETTER | 50.0 | 70.0 69.0 68.5 68.0 | CONSECUTIVE_DECLINE
            RAG-09 no change breaks a decline         | 2 |    | 2 | HIGHER_IS_BETTER | 50.0 | 70.0 69.0 69.0 68.0 |
            RAG-09 lower is better declines upward    | 2 |    | 2 | LOWER_IS_BETTER  | 20.0 | 8.0 9.0 10.0        | CONSECUTIVE_DECLINE
            RAG-09 sharp decline, lower is better     | 2 | 10 | 2 | LOWER_IS_BETTER  | 20.0 | 10.0 11.1           | SHARP_DECLINE
            RAG-09 exactly the percentage is not more | 2 | 10 | 2 | LOWER_IS_BETTER  | 20.0 | 10.0 11.0           |
            RAG-09 sharp decline, negative figures    | 2 | 10 | 2 | HIGHER_IS_BETTER | -80  | -50.0 -56.0         | SHARP_DECLINE
            RAG-09 red for 3 set, 2 seen              | 2 |    | 3 | HIGHER_IS_BETTER | 68.0 | 60.0 60.0           |
            RAG-09 red for 3 set, 3 seen              | 2 |    | 3 | HIGHER_IS_BETTER | 68.0 | 60.0 60.0 60.0      | PERSISTENT_RED
            RAG-09 amber breaks a red run             | 2 |    | 2 | HIGHER_IS_BETTER | 68.0 | 60.0 66.0 60.0      |
            RAG-09 a missing figure breaks a red run  | 2 |    | 2 | HIGHER_IS_BETTER | 68.0 | 60.0 x 60.0         |
            CYC-12 green after red                    | 2 |    | 2 | HIGHER_IS_BETTER | 68.0 | 60.0 69.0           | BACK_ON_TARGET
            CYC-12 green after amber                  | 2 |    | 2 | HIGHER_IS_BETTER | 68.0 | 66.0 69.0           | BACK_ON_TARGET
            CYC-12 green after green is no news       | 2 |    | 2 | HIGHER_IS_BETTER | 68.0 | 69.0 70.0           |
            CYC-12 sustained improvement              | 2 |    | 2 | HIGHER_IS_BETTER | 50.0 | 60.0 61.0 62.0      | SUSTAINED_IMPROVEMENT
            CYC-12 sharp improvement                  | 2 | 10 | 2 | LOWER_IS_BETTER  | 20.0 | 10.0 8.9            | SHARP_IMPROVEMENT
            """)
    void rag09TriggersFireAsTheCouncilSetsThem(String rule, int consecutive, BigDecimal sharpPercent, int red,
                                                Polarity polarity, String target, String figures, String expected) {
        KpiDefinition kpi = kpi(polarity == Polarity.HIGHER_IS_BETTER ? Unit.PERCENT : Unit.DAYS, polarity).build();
        ExceptionCheck check = new ExceptionCheck(new ExceptionRules(consecutive, Optional.ofNullable(sharpPercent),
                red));
        String[] values = Arrays.stream(figures.split("\\s+")).map(f -> f.equals("x") ? "" : f)
                .toArray(String[]::new);

        List<RaisedException> raised = check.raised(History.of(kpi, target, "2025/26 Q1", values));

        List<ExceptionTrigger> triggers = expected == null ? List.of()
                : Arrays.stream(expected.split("\\s+")).map(ExceptionTrigger::valueOf).toList();
        assertThat(raised).extracting(RaisedException::trigger).containsExactlyElementsOf(triggers);
        assertThat(raised).allSatisfy(exception -> assertThat(exception.explanation()).endsWith("."));
    }

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
