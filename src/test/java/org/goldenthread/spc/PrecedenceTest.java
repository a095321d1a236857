package org.goldenthread.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.spc.WorkedSeries.chart;
import static org.goldenthread.spc.WorkedSeries.codes;

import java.util.List;
import java.util.Set;
import org.goldenthread.measure.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Each pair of rules that can fire on the same point, in a worked series where both do, and the one the point is
 * labelled with: beyond a limit, then trend, then two of three, then shift. (Beyond a limit and two of three never
 * meet on a point, as a point beyond a limit is not close to it.) The labels are those NHSRplotthedots 0.2.2 gives.
 */
class PrecedenceTest {
    private static final double[] RISING_TO_A_SPIKE = {10, 14, 10, 14, 10, 14, 10, 11, 12, 13, 14, 15, 40};
    private static final double[] SPIKE_IN_A_SHIFT = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 13, 12.5, 13, 12.5, 13,
        25, 13};
    private static final double[] FALLING_FROM_NEAR_THE_LIMIT = {10, 16, 10, 16, 10, 16, 10, 16, 10, 16, 26, 25, 22, 13,
        8, 5, 4, 10, 16};
    private static final double[] CLIMBING_FROM_LOW = {10, 14, 10, 14, 10, 14, 15, 16, 17, 18, 19, 20, 21};

    @Test
    void beyondALimitBeatsATrend() {
        assertThat(fired(RISING_TO_A_SPIKE, 12)).containsExactly(SpcRule.BEYOND_LIMIT, SpcRule.TREND);
        assertThat(codes(chart(Polarity.HIGHER_IS_BETTER, RISING_TO_A_SPIKE)))
                .isEqualTo("7B 7B 7B 7B 7B 7B TI TI TI TI TI TI AU");
    }

    @Test
    void beyondALimitBeatsAShift() {
        assertThat(fired(SPIKE_IN_A_SHIFT, 15)).containsExactly(SpcRule.BEYOND_LIMIT, SpcRule.SHIFT);
        assertThat(codes(chart(Polarity.HIGHER_IS_BETTER, SPIKE_IN_A_SHIFT)))
                .isEqualTo("7B 7B 7B 7B 7B 7B 7B 7B 7B 7B 7A 7A 7A 7A 7A AU 7A");
    }

    @Test
    void aTrendBeatsTwoOfThree() {
        assertThat(fired(FALLING_FROM_NEAR_THE_LIMIT, 10)).containsExactly(SpcRule.TREND, SpcRule.TWO_OF_THREE);
        assertThat(fired(FALLING_FROM_NEAR_THE_LIMIT, 11)).containsExactly(SpcRule.TREND, SpcRule.TWO_OF_THREE);
        assertThat(codes(chart(Polarity.HIGHER_IS_BETTER, FALLING_FROM_NEAR_THE_LIMIT)))
                .isEqualTo("C C C C C C C C C C TD TD TD TD TD TD TD C C");
    }

    @Test
    void aTrendBeatsAShift() {
        assertThat(fired(RISING_TO_A_SPIKE, 7)).containsExactly(SpcRule.TREND, SpcRule.SHIFT);
        assertThat(fired(CLIMBING_FROM_LOW, 4))
                .containsExactly(SpcRule.TREND, SpcRule.TWO_OF_THREE, SpcRule.SHIFT);
        SpcResult climbing = chart(Polarity.HIGHER_IS_BETTER, CLIMBING_FROM_LOW);
        assertThat(codes(climbing)).isEqualTo("2B 7B 2B 7B TI TI TI TI TI TI TI TI TI");
        assertThat(climbing.explanation()).isEqualTo("Special cause improvement: 9 points in a row increasing since "
                + "2021/22 Q1.");
    }

    @Test
    void twoOfThreeBeatsAShift() {
        assertThat(fired(CLIMBING_FROM_LOW, 0)).containsExactly(SpcRule.TWO_OF_THREE, SpcRule.SHIFT);
        assertThat(fired(CLIMBING_FROM_LOW, 1)).containsExactly(SpcRule.SHIFT);
    }

    @Test
    void aPointBeyondALimitIsNotCountedTowardsTwoOfThree() {
        double[] closeThenBeyond = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 17.5, 25, 13, 11};
        double[] closeTwice = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 17.5, 18, 13, 11};

        SpcResult beyond = chart(Polarity.HIGHER_IS_BETTER, closeThenBeyond);
        ProcessLimits limits = beyond.partitions().get(0).limits().orElseThrow();
        assertThat(limits.isCloseToALimit(17.5)).isTrue();
        assertThat(limits.isBeyond(25)).isTrue();
        assertThat(fired(closeThenBeyond, 13)).containsExactly(SpcRule.BEYOND_LIMIT);
        assertThat(codes(beyond)).isEqualTo("7B 7B 7B 7B 7B 7B 7B 7B 7B 7B 7B 7B C AU C C");
        assertThat(codes(chart(Polarity.HIGHER_IS_BETTER, closeTwice)))
                .isEqualTo("C C C C C C C C C C C C 2A 2A C C");
    }

    /** The rules that fire on point {@code index} of the series, in order of precedence. */
    private static Set<SpcRule> fired(double[] values, int index) {
        Partition partition = chart(Polarity.HIGHER_IS_BETTER, values).partitions().get(0);
        List<Set<SpcRule>> fired = SpecialCauseRules.fired(values, partition.mean().getAsDouble(),
                partition.limits(), SpcOptions.STANDARD);
        return fired.get(index);
    }
}
