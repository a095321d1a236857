package org.goldenthread.spc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Making Data Count special-cause rules over one partition's points, each a small function, and the precedence
 * that picks one when several fire on a point: beyond a limit, then trend, then two of three, then shift (the order
 * of {@link SpcRule}).
 */
final class SpecialCauseRules {
    private SpecialCauseRules() {
    }

    /** The special cause of each point, if any: the first rule in order of precedence of those that fire on it. */
    static List<Optional<SpecialCause>> classify(double[] values, double mean, Optional<ProcessLimits> limits,
                                                 SpcOptions options) {
        List<Set<SpcRule>> fired = fired(values, mean, limits, options);
        int[] side = sidesOfMean(values, mean);
        List<Optional<SpecialCause>> causes = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Optional<SpcRule> rule = fired.get(i).stream().findFirst();
            Side way = rule.isEmpty() ? null : rule.get() == SpcRule.TREND ? trendDirection(values, fired, i)
                    : side[i] > 0 ? Side.HIGH : Side.LOW;
            causes.add(rule.map(first -> new SpecialCause(first, way)));
        }
        return causes;
    }

    /** Every rule that fires on each point, in order of precedence. */
    static List<Set<SpcRule>> fired(double[] values, double mean, Optional<ProcessLimits> limits,
                                    SpcOptions options) {
        int[] side = sidesOfMean(values, mean);
        boolean[] beyond = beyondALimit(values, limits);
        boolean[] trend = partOfRun(trendEnds(values, options.trendLength()), options.trendLength());
        boolean[] twoOfThree = twoOfThree(closeToALimit(values, limits), side);
        boolean[] shift = partOfRun(shiftEnds(side, options.shiftLength()), options.shiftLength());
        List<Set<SpcRule>> fired = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Set<SpcRule> rules = EnumSet.noneOf(SpcRule.class);
            if (beyond[i]) {
                rules.add(SpcRule.BEYOND_LIMIT);
            }
            if (trend[i]) {
                rules.add(SpcRule.TREND);
            }
            if (twoOfThree[i]) {
                rules.add(SpcRule.TWO_OF_THREE);
            }
            if (shift[i]) {
                rules.add(SpcRule.SHIFT);
            }
            fired.add(rules);
        }
        return fired;
    }

    /** +1 above the mean, -1 below, 0 exactly on it. */
    static int[] sidesOfMean(double[] values, double mean) {
        int[] side = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            side[i] = (int) Math.signum(values[i] - mean);
        }
        return side;
    }

    /** True for a point strictly above the upper or below the lower process limit. */
    static boolean[] beyondALimit(double[] values, Optional<ProcessLimits> limits) {
        boolean[] beyond = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            beyond[i] = limits.isPresent() && limits.get().isBeyond(values[i]);
        }
        return beyond;
    }

    /** True for a point between a 2σ line and its process limit; one beyond the limit is not close to it. */
    static boolean[] closeToALimit(double[] values, Optional<ProcessLimits> limits) {
        boolean[] close = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            close[i] = limits.isPresent() && limits.get().isCloseToALimit(values[i]);
        }
        return close;
    }

    /** True where a point ends a run of {@code length} points on the same side of the mean; a point on it breaks it. */
    static boolean[] shiftEnds(int[] side, int length) {
        boolean[] ends = new boolean[side.length];
        for (int i = length - 1; i < side.length; i++) {
            boolean run = side[i] != 0;
            for (int k = i - length + 1; k < i && run; k++) {
                run = side[k] == side[i];
            }
            ends[i] = run;
        }
        return ends;
    }

    /** True where a point ends {@code length} points each strictly above (or each below) the one before. */
    static boolean[] trendEnds(double[] values, int length) {
        boolean[] ends = new boolean[values.length];
        for (int i = length - 1; i < values.length; i++) {
            int direction = (int) Math.signum(values[i] - values[i - 1]);
            boolean run = direction != 0;
            for (int k = i - length + 2; k < i && run; k++) {
                run = (int) Math.signum(values[k] - values[k - 1]) == direction;
            }
            ends[i] = run;
        }
        return ends;
    }

    /**
     * True for a point close to a limit (between its 2σ line and the limit) that is one of at least two such points
     * among three in a row all on the same side of the mean.
     */
    static boolean[] twoOfThree(boolean[] close, int[] side) {
        boolean[] fires = new boolean[close.length];
        for (int start = 0; start + 2 < close.length; start++) {
            int closeCount = 0;
            int sideSum = 0;
            for (int k = start; k < start + 3; k++) {
                closeCount += close[k] ? 1 : 0;
                sideSum += side[k];
            }
            if (closeCount >= 2 && Math.abs(sideSum) == 3) {
                for (int k = start; k < start + 3; k++) {
                    fires[k] |= close[k];
                }
            }
        }
        return fires;
    }

    /** Every point of a run, given where runs of {@code length} end. */
    static boolean[] partOfRun(boolean[] ends, int length) {
        boolean[] part = new boolean[ends.length];
        for (int i = 0; i < ends.length; i++) {
            if (ends[i]) {
                for (int k = i - length + 1; k <= i; k++) {
                    part[k] = true;
                }
            }
        }
        return part;
    }

    /**
     * Which way a trend point points: towards the next point when that is part of a trend too, otherwise from the
     * previous one. A point where a falling run meets a rising one so belongs to the run that follows it.
     */
    private static Side trendDirection(double[] values, List<Set<SpcRule>> fired, int i) {
        boolean nextInATrend = i + 1 < values.length && fired.get(i + 1).contains(SpcRule.TREND);
        double step = nextInATrend ? values[i + 1] - values[i] : i > 0 ? values[i] - values[i - 1] : 0;
        return step > 0 ? Side.HIGH : Side.LOW;
    }
}
