package org.goldenthread.spc;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;

/**
 * The sentence behind a variation icon: "Special cause concern: 7 points in a row below the mean since 2024/25 Q1."
 * Runs are counted over the points calculated from; ghosted points inside a run are named, not counted.
 */
final class SpcExplanation {
    private final KpiDefinition kpi;

    SpcExplanation(KpiDefinition kpi) {
        this.kpi = kpi;
    }

    String variation(List<SpcPoint> points, SpcPoint last) {
        List<SpcPoint> partition = points.stream().filter(point -> point.partition() == last.partition()).toList();
        List<SpcPoint> counted = partition.stream().filter(point -> !point.ghosted()).toList();
        if (last.cause().isEmpty()) {
            return "Common cause variation: " + last.period().label() + (last.limits().isPresent()
                    ? " is within the process limits and part of no unusual pattern."
                    : " is part of no unusual pattern, and there are no process limits as the figures do not vary.");
        }
        SpecialCause cause = last.cause().get();
        boolean high = cause.side() == Side.HIGH;
        String reason = switch (cause.rule()) {
            case BEYOND_LIMIT -> last.period().label() + " is " + (high ? "above the upper" : "below the lower")
                    + " process limit of " + format(high ? last.limits().orElseThrow().upl()
                            : last.limits().orElseThrow().lpl());
            case TREND -> run(partition, counted, trendStart(counted, high ? 1 : -1),
                    high ? "increasing" : "decreasing");
            case TWO_OF_THREE -> closeCount(counted, last) + " of the last 3 points are close to the "
                    + (high ? "upper" : "lower") + " process limit" + excluded(partition, counted.size() - 3, counted);
            case SHIFT -> run(partition, counted, shiftStart(counted, high ? 1 : -1),
                    (high ? "above" : "below") + " the mean");
        };
        return last.type().label() + ": " + reason + ".";
    }

    /** Where the run of points each strictly above (or below) the one before, ending at the last point, starts. */
    private static int trendStart(List<SpcPoint> counted, int sign) {
        int start = counted.size() - 1;
        while (start > 0 && Math.signum(counted.get(start).value() - counted.get(start - 1).value()) == sign) {
            start--;
        }
        return start;
    }

    /** Where the run of points on one side of the mean, ending at the last point, starts. */
    private static int shiftStart(List<SpcPoint> counted, int sign) {
        int start = counted.size() - 1;
        while (start > 0 && Math.signum(counted.get(start - 1).value()
                - counted.get(start - 1).mean().orElseThrow()) == sign) {
            start--;
        }
        return start;
    }

    /** "7 points in a row below the mean since 2024/25 Q1". */
    private static String run(List<SpcPoint> partition, List<SpcPoint> counted, int start, String how) {
        int length = counted.size() - start;
        return length + " points in a row " + how + " since " + counted.get(start).period().label()
                + excluded(partition, start, counted);
    }

    /** ", leaving out 1 ghosted point" when ghosted points lie among the counted points from {@code start} on. */
    private static String excluded(List<SpcPoint> partition, int start, List<SpcPoint> counted) {
        FinancialPeriod from = counted.get(start).period();
        FinancialPeriod to = counted.get(counted.size() - 1).period();
        long ghosts = partition.stream().filter(point -> point.ghosted() && point.period().compareTo(from) > 0
                && point.period().compareTo(to) < 0).count();
        return ghosts == 0 ? "" : ", leaving out " + ghosts + (ghosts == 1 ? " ghosted point" : " ghosted points");
    }

    private static long closeCount(List<SpcPoint> counted, SpcPoint last) {
        ProcessLimits limits = last.limits().orElseThrow();
        return counted.subList(counted.size() - 3, counted.size()).stream()
                .filter(point -> limits.isCloseToALimit(point.value())).count();
    }

    private String format(double value) {
        return kpi.unit().format(BigDecimal.valueOf(value), kpi.decimals());
    }
}
