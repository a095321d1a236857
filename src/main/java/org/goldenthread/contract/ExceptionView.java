package org.goldenthread.contract;

import java.util.List;

/**
 * A KPI in the exception report: off target, or news to celebrate ({@code good}); each reason a sentence, with the
 * KPI's commentary in its row and its action plans beside it.
 */
public record ExceptionView(ScorecardRowView kpi, boolean good, List<String> reasons,
                            List<ActionPlanView> actionPlans) {
}
