package org.goldenthread.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldenthread.measure.SampleKpis.kpi;

import java.util.Arrays;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Unit;
import org.goldenthread.status.History;
import org.goldenthread.status.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A red or not-met update needs a linked action plan before sign-off (ACT-01); amber may too, if the council says. */
class ActionPlanRuleTest {
    private static final KpiDefinition KPI = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).build();

    @Test
    void act01RedNeedsAnActionPlan() {
        assertThat(ActionPlanRule.STANDARD.requirement(History.of(KPI, "68.0", "2025/26 Q1", "60.0")))
                .isEqualTo(new Requirement(true, "An action plan is required before sign-off because the status is "
                        + "red."));
    }

    @Test
    void act01NotMetNeedsAnActionPlan() {
        KpiDefinition compliance = kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).compliance(true).build();

        assertThat(ActionPlanRule.STANDARD.requirement(History.of(compliance, "100.0", "2025/26 Q1", "99.0"))
                .required()).isTrue();
    }

    @Test
    void act01AmberAndGreenDoNotByDefault() {
        assertThat(ActionPlanRule.STANDARD.requirement(History.of(KPI, "68.0", "2025/26 Q1", "66.0", "66.0")))
                .isEqualTo(new Requirement(false, "No action plan is required: the status is amber."));
        assertThat(ActionPlanRule.STANDARD.requirement(History.of(KPI, "68.0", "2025/26 Q1", "70.0")).required())
                .isFalse();
    }

    @ParameterizedTest(name = "ACT-01 {0}: {2} needs an action plan: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            standard rule        | 0 | 60.0           | true
            standard rule        | 0 | 66.0 66.0      | false
            standard rule        | 0 | 70.0           | false
            standard rule        | 0 | x              | false
            amber for 2          | 2 | 66.0 66.0      | true
            amber for 2          | 2 | 66.0           | false
            amber for 2          | 2 | 60.0 66.0      | false
            amber for 2          | 2 | 66.0 70.0      | false
            amber for 2          | 2 | 66.0 60.0      | true
            amber for 2          | 2 | 66.0 x 66.0    | false
            amber for 3          | 3 | 66.0 66.0      | false
            amber for 3          | 3 | 66.0 66.0 66.0 | true
            amber for 1          | 1 | 66.0           | true
            """)
    void act01RedOrNotMetAlwaysAndAmberRunsIfTheCouncilSays(String rule, int amberPeriods, String figures,
                                                             boolean required) {
        ActionPlanRule actionPlans = amberPeriods == 0 ? ActionPlanRule.STANDARD
                : ActionPlanRule.alsoAmberFor(amberPeriods);
        String[] values = Arrays.stream(figures.split("\\s+")).map(f -> f.equals("x") ? "" : f)
                .toArray(String[]::new);

        Requirement requirement = actionPlans.requirement(History.of(KPI, "68.0", "2025/26 Q1", values));

        assertThat(requirement.required()).isEqualTo(required);
        assertThat(requirement.reason()).startsWith(required ? "An action plan is required before sign-off because"
                : "No action plan is required: the status is ");
    }

    @Test
    void act01ACouncilMayRequireOneForAmberTwoPeriodsRunning() {
        ActionPlanRule amberTwice = ActionPlanRule.alsoAmberFor(2);

        assertThat(amberTwice.requirement(History.of(KPI, "68.0", "2025/26 Q1", "66.0", "66.0")))
                .isEqualTo(new Requirement(true, "An action plan is required before sign-off because the status has "
                        + "been amber for 2 periods in a row."));
        assertThat(amberTwice.requirement(History.of(KPI, "68.0", "2025/26 Q1", "70.0", "66.0")).required())
                .isFalse();
        assertThat(amberTwice.requirement(History.of(KPI, "68.0", "2025/26 Q1", "66.0", "", "66.0")).required())
                .as("a missing period breaks the run").isFalse();
        assertThatThrownBy(() -> ActionPlanRule.alsoAmberFor(0))
                .hasMessage("Invalid action plan rule: amberPeriods must be from 1 to 12 periods, but is 0");
    }
}
