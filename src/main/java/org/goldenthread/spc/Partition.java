package org.goldenthread.spc;

import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;

/**
 * A stretch of the chart with its own mean and limits: the whole series, or the part from a rebase on. The limits are
 * absent when there is no moving range to work them out from (a single point, or every moving range screened out).
 */
public record Partition(int number, FinancialPeriod start, Optional<String> reason, int points, double mean,
                        Optional<ProcessLimits> limits) {
}
