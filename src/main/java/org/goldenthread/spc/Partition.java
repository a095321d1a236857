package org.goldenthread.spc;

import java.util.Optional;
import java.util.OptionalDouble;
import org.goldenthread.measure.FinancialPeriod;

/**
 * A stretch of the chart with its own mean and limits: the whole series, or the part from a rebase on. {@code points}
 * counts the points calculated from (ghosted ones are not); {@code movingRangesScreenedOut} the moving ranges left
 * out of the mean moving range as outlying. The mean is absent when every point is ghosted; the mean moving range and
 * the limits when there is no moving range to work them out from (a single point, or every moving range screened out).
 */
public record Partition(int number, FinancialPeriod start, Optional<String> reason, int points, OptionalDouble mean,
                        OptionalDouble meanMovingRange, int movingRangesScreenedOut, Optional<ProcessLimits> limits) {
}
