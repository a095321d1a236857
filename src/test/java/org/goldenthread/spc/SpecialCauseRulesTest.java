package org.goldenthread.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each special-cause rule on its own. */
class SpecialCauseRulesTest {

    @Test
    void aShiftNeedsEveryPointOnOneSideAndAPointOnTheMeanBreaksIt() {
        int[] sides = {1, 1, 1, 1, 1, 1, 1, 0, -1, -1, -1, -1, -1, -1};

        assertThat(SpecialCauseRules.shiftEnds(sides, 7))
                .containsExactly(false, false, false, false, false, false, true, false,
                        false, false, false, false, false, false);
        assertThat(SpecialCauseRules.shiftEnds(sides, 6)).endsWith(true);
    }

    @Test
    void aTrendNeedsStrictSteps() {
        assertThat(SpecialCauseRules.trendEnds(new double[] {1, 2, 3, 4, 5, 6, 7}, 7)).endsWith(true);
        assertThat(SpecialCauseRules.trendEnds(new double[] {7, 6, 5, 4, 3, 2, 1}, 7)).endsWith(true);
        assertThat(SpecialCauseRules.trendEnds(new double[] {1, 2, 3, 3, 4, 5, 6, 7}, 7)).doesNotContain(true);
        assertThat(SpecialCauseRules.trendEnds(new double[] {1, 2, 3, 4, 5, 6}, 7)).doesNotContain(true);
    }

    @Test
    void everyPointOfARunIsPartOfIt() {
        boolean[] ends = {false, false, false, true, true, false};

        assertThat(SpecialCauseRules.partOfRun(ends, 3)).containsExactly(false, true, true, true, true, false);
    }

    @Test
    void twoOfThreeFlagsOnlyThePointsCloseToTheLimitAndNeedsAllThreeOnOneSide() {
        boolean[] close = {false, true, false, true, false, false};
        int[] sameSide = {1, 1, 1, 1, -1, -1};
        int[] splitSides = {1, 1, -1, 1, -1, -1};

        assertThat(SpecialCauseRules.twoOfThree(close, sameSide))
                .containsExactly(false, true, false, true, false, false);
        assertThat(SpecialCauseRules.twoOfThree(close, splitSides)).doesNotContain(true);
    }

    @Test
    void aPointOnTheMeanStopsThreeInARowBeingOnOneSide() {
        boolean[] close = {true, false, true};

        assertThat(SpecialCauseRules.twoOfThree(close, new int[] {1, 1, 1})).containsExactly(true, false, true);
        assertThat(SpecialCauseRules.twoOfThree(close, new int[] {1, 0, 1})).containsExactly(false, false, false);
    }

    @Test
    void aPointOnATwoSigmaLineIsNotCloseToTheLimitAndOneOnTheLimitIsNotBeyondIt() {
        ProcessLimits limits = ProcessLimits.around(12, 4);

        assertThat(SpecialCauseRules.closeToALimit(new double[] {limits.upperTwoSigma(), limits.lowerTwoSigma(),
            limits.upl(), limits.lpl()}, Optional.of(limits))).containsExactly(false, false, true, true);
        assertThat(SpecialCauseRules.beyondALimit(new double[] {limits.upl(), limits.lpl(), 22.65, 1.35},
                Optional.of(limits))).containsExactly(false, false, true, true);
    }

    @Test
    void aPointBeyondTheLimitIsNotCloseToIt() {
        ProcessLimits limits = ProcessLimits.around(12, 4);

        assertThat(limits.upperTwoSigma()).isCloseTo(19.093333, within(1e-6));
        assertThat(limits.isCloseToALimit(20)).isTrue();
        assertThat(limits.isCloseToALimit(22.64)).as("on the limit").isTrue();
        assertThat(limits.isCloseToALimit(23)).isFalse();
        assertThat(limits.isBeyond(23)).isTrue();
        assertThat(limits.isCloseToALimit(15)).isFalse();
    }
}
