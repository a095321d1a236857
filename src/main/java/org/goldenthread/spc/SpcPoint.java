package org.goldenthread.spc;

import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;

/**
 * One point of the chart with its partition's mean and limits, whether it is ghosted, the rule that fired on it (if
 * any) and what that means given which way improvement lies.
 */
public record SpcPoint(FinancialPeriod period, double value, int partition, double mean,
                       Optional<ProcessLimits> limits, boolean ghosted, Optional<SpecialCause> cause,
                       PointType type) {
}
