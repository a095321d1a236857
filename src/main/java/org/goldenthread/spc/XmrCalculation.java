package org.goldenthread.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The XmR arithmetic for one partition's values: the mean, the moving ranges between consecutive values, their mean,
 * and, when screening is on, the mean again without the moving ranges of 3.267 times the first mean or more.
 */
final class XmrCalculation {
    static final double OUTLYING_MOVING_RANGE = 3.267;

    /**
     * The mean moving range the limits are drawn from (absent with fewer than two values, or when screening leaves no
     * moving range), and how many moving ranges screening left out.
     */
    record MovingRanges(OptionalDouble mean, int screenedOut) {
    }

    private XmrCalculation() {
    }

    static double mean(double[] values) {
        return average(values).orElseThrow();
    }

    static MovingRanges movingRanges(double[] values, boolean screenOutliers) {
        List<Double> movingRanges = new ArrayList<>();
        for (int i = 1; i < values.length; i++) {
            movingRanges.add(Math.abs(values[i] - values[i - 1]));
        }
        OptionalDouble meanMovingRange = average(movingRanges);
        if (!screenOutliers || meanMovingRange.isEmpty()) {
            return new MovingRanges(meanMovingRange, 0);
        }
        double ceiling = OUTLYING_MOVING_RANGE * meanMovingRange.getAsDouble();
        List<Double> kept = movingRanges.stream().filter(range -> range < ceiling).toList();
        return new MovingRanges(average(kept), movingRanges.size() - kept.size());
    }

    static Optional<ProcessLimits> limits(double mean, MovingRanges movingRanges) {
        return movingRanges.mean().isPresent()
                ? Optional.of(ProcessLimits.around(mean, movingRanges.mean().getAsDouble()))
                : Optional.empty();
    }

    private static OptionalDouble average(List<Double> values) {
        return average(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The mean to the nearest double, summed exactly so that the order of the values cannot change it. */
    private static OptionalDouble average(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return OptionalDouble.of(sum.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128).doubleValue());
    }
}
