package org.goldenthread.contract;

/**
 * A KPI's status for one period: recorded at sign-off ({@code recorded}, as it was then) or worked out now, in which
 * case the thresholds it was judged against come with it. With an {@code override}, {@code status} is the status the
 * performance team set and the override says what was worked out; {@code restated} is there for a restated figure.
 */
public record PeriodStatusView(String kpi, String periodId, String period, String status, String label,
                               String ruleVersion, String explanation, boolean recorded, ThresholdsView thresholds,
                               OverrideView override, RestatementView restated) {
}
