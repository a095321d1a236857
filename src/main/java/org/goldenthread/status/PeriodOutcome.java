package org.goldenthread.status;

import java.util.List;
import java.util.Objects;
import org.goldenthread.measure.FinancialPeriod;

/** A period's status and its direction of travel against the previous period: one step of a KPI's history. */
public record PeriodOutcome(FinancialPeriod period, StatusAssessment status, DirectionResult previous) {
    public PeriodOutcome {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previous, "previous");
        if (!status.inputs().period().equals(period) || !previous.comparedWith().equals(period.previous())) {
            throw new IllegalArgumentException("the status and direction of travel must both be for " + period.label());
        }
    }

    /** Refuses a history that is not a run of consecutive periods in order. */
    public static void requireConsecutive(List<PeriodOutcome> history) {
        for (int i = 1; i < history.size(); i++) {
            FinancialPeriod before = history.get(i - 1).period();
            FinancialPeriod after = history.get(i).period();
            if (!after.previous().equals(before)) {
                throw new IllegalArgumentException("the history must be consecutive periods in order, but "
                        + after.label() + " follows " + before.label());
            }
        }
    }
}
