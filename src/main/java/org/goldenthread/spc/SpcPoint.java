package org.goldenthread.spc;

import java.util.Optional;
import java.util.OptionalDouble;
import org.goldenthread.measure.FinancialPeriod;

/**
 * One point of the chart with its partition's mean and limits, why it is ghosted (if it is), the rule that fired on
 * it (if any) and what that means given which way improvement lies.
 */
public record SpcPoint(FinancialPeriod period, double value, int partition, OptionalDouble mean,
                       Optional<ProcessLimits> limits, Optional<String> ghostReason, Optional<SpecialCause> cause,
                       PointType type) {

    /** Left out of the mean, the limits and the rules. */
    public boolean ghosted() {
        return ghostReason.isPresent();
    }
}
