package org.goldenthread.spc;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.measure.KpiDefinition;

/** The sentence behind a variation icon: "Special cause concern: 7 points in a row below the mean since 2024/25 Q1." */
final class SpcExplanation {
    private final KpiDefinition kpi;

    SpcExplanation(KpiDefinition kpi) {
        this.kpi = kpi;
    }

    String variation(List<SpcPoint> points, SpcPoint last) {
        List<SpcPoint> partition = points.stream()
                .filter(point -> point.partition() == last.partition() && !point.ghosted()).toList();
        if (last.cause().isEmpty()) {
            return "Common cause variation: " + last.period().label() + " is within the process limits and part of "
                    + "no unusual pattern.";
        }
        SpecialCause cause = last.cause().get();
        boolean high = cause.side() == Side.HIGH;
        String reason = switch (cause.rule()) {
            case BEYOND_LIMIT -> last.period().label() + " is " + (high ? "above the upper" : "below the lower")
                    + " process limit of " + format(high ? last.limits().orElseThrow().upl()
                            : last.limits().orElseThrow().lpl());
            case TREND -> run(partition, trendStart(partition, high ? 1 : -1), high ? "increasing" : "decreasing");
            case TWO_OF_THREE -> closeCount(partition, last) + " of the last 3 points are close to the "
                    + (high ? "upper" : "lower") + " process limit";
            case SHIFT -> run(partition, shiftStart(partition, high ? 1 : -1),
                    (high ? "above" : "below") + " the mean");
        };
        return last.type().label() + ": " + reason + ".";
    }

    /** Where the run of points each strictly above (or below) the one before, ending at the last point, starts. */
    private static int trendStart(List<SpcPoint> partition, int sign) {
        int start = partition.size() - 1;
        while (start > 0 && Math.signum(partition.get(start).value() - partition.get(start - 1).value()) == sign) {
            start--;
        }
        return start;
    }

    /** Where the run of points on one side of the mean, ending at the last point, starts. */
    private static int shiftStart(List<SpcPoint> partition, int sign) {
        int start = partition.size() - 1;
        while (start > 0 && Math.signum(partition.get(start - 1).value() - partition.get(start - 1).mean()) == sign) {
            start--;
        }
        return start;
    }

    /** "7 points in a row below the mean since 2024/25 Q1". */
    private static String run(List<SpcPoint> partition, int start, String how) {
        int length = partition.size() - start;
        return length + " points in a row " + how + " since " + partition.get(start).period().label();
    }

    private static long closeCount(List<SpcPoint> partition, SpcPoint last) {
        ProcessLimits limits = last.limits().orElseThrow();
        return partition.subList(partition.size() - 3, partition.size()).stream()
                .filter(point -> limits.isCloseToALimit(point.value())).count();
    }

    private String format(double value) {
        return kpi.unit().format(BigDecimal.valueOf(value), kpi.decimals());
    }
}
