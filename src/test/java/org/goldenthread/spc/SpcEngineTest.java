package org.goldenthread.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.goldenthread.spc.WorkedSeries.chart;
import static org.goldenthread.spc.WorkedSeries.codes;
import static org.goldenthread.spc.WorkedSeries.quarter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.junit.jupiter.api.Test;

/**
 * Worked series for every special-cause rule, each precedence conflict, rebasing, ghosting, outlier screening, ties on
 * the mean and short series (DOT-04). The expected rules and limits are those NHSRplotthedots 0.2.2 gives.
 */
class SpcEngineTest {
    private static final double[] ALTERNATING = {10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14};

    @Test
    void aPointBeyondAProcessLimit() {
        SpcResult result = chart(Polarity.HIGHER_IS_BETTER, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 30);

        assertThat(codes(result)).isEqualTo("C C C C C C C C C C C AU");
        Partition partition = result.partitions().get(0);
        assertThat(partition.mean().getAsDouble()).isCloseTo(13.333333, within(1e-6));
        assertThat(partition.limits().orElseThrow().upl()).isCloseTo(23.973333, within(1e-6));
        assertThat(partition.limits().orElseThrow().lpl()).isCloseTo(2.693333, within(1e-6));
        assertThat(result.variation()).contains(VariationIcon.IMPROVEMENT_HIGH);
        assertThat(result.explanation()).isEqualTo("Special cause improvement: 2022/23 Q4 is above the upper process"
                + " limit of 24.0.");
    }

    @Test
    void aShiftOfSevenEitherSideOfTheMean() {
        double[] values = {0, 3, 0, 3, 0, 3, 0, 5, 10, 7, 10, 7, 10, 7, 10};

        SpcResult result = chart(Polarity.HIGHER_IS_BETTER, values);

        assertThat(result.partitions().get(0).mean().getAsDouble()).isEqualTo(5.0);
        assertThat(codes(result)).isEqualTo("7B 7B 7B 7B 7B 7B 7B C 7A 7A 7A 7A 7A 7A 7A");
        assertThat(result.points().get(0).type()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.points().get(14).type()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(result.explanation()).isEqualTo("Special cause improvement: 7 points in a row above the mean since"
                + " 2022/23 Q1.");
        assertThat(chart(Polarity.LOWER_IS_BETTER, values).variation()).contains(VariationIcon.CONCERN_HIGH);
        SpcResult neither = chart(Polarity.WITHIN_BAND, values);
        assertThat(neither.points().get(0).type()).isEqualTo(PointType.SPECIAL_CAUSE_NEITHER_LOW);
        assertThat(neither.variation()).contains(VariationIcon.NEITHER_HIGH);
    }

    @Test
    void aPointOnTheMeanBreaksAShift() {
        double[] onTheMean = {10, 11, 10, 11, 11, 10, 11, 14, 13, 14, 13, 12, 13, 14, 13};
        double[] justAbove = {10, 11, 10, 11, 11, 10, 11, 14, 13, 14, 13, 12.5, 13, 14, 13};

        SpcResult broken = chart(Polarity.HIGHER_IS_BETTER, onTheMean);
        SpcResult unbroken = chart(Polarity.HIGHER_IS_BETTER, justAbove);

        assertThat(broken.partitions().get(0).mean().getAsDouble()).isEqualTo(12.0);
        assertThat(codes(broken)).isEqualTo("2B 7B 2B 7B 7B 7B 7B 2A C 2A C C C C C");
        assertThat(broken.explanation()).isEqualTo("Common cause variation: 2023/24 Q3 is within the process limits "
                + "and part of no unusual pattern.");
        assertThat(codes(unbroken)).isEqualTo("2B 7B 2B 7B 7B 7B 7B 2A 7A 2A 7A 7A 7A 7A 7A");
        assertThat(unbroken.explanation()).isEqualTo("Special cause improvement: 8 points in a row above the mean "
                + "since 2021/22 Q4.");
    }

    @Test
    void theIssuesExampleSevenPointsBelowTheMeanSince202425Q1() {
        double[] values = {12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 12, 16, 11, 12, 11, 12, 11, 12, 11};

        SpcResult higherIsBetter = chart(Polarity.HIGHER_IS_BETTER, values);
        SpcResult lowerIsBetter = chart(Polarity.LOWER_IS_BETTER, values);

        assertThat(codes(higherIsBetter)).isEqualTo("C C C C C C C C C C C C C C C C 7B 7B 7B 7B 7B 7B 7B");
        assertThat(higherIsBetter.variation()).contains(VariationIcon.CONCERN_LOW);
        assertThat(higherIsBetter.explanation()).isEqualTo("Special cause concern: 7 points in a row below the mean "
                + "since 2024/25 Q1.");
        assertThat(lowerIsBetter.variation()).contains(VariationIcon.IMPROVEMENT_LOW);
        assertThat(lowerIsBetter.explanation()).isEqualTo("Special cause improvement: 7 points in a row below the "
                + "mean since 2024/25 Q1.");
        assertThat(chart(Polarity.WITHIN_BAND, values).variation()).contains(VariationIcon.NEITHER_LOW);
    }

    @Test
    void theShiftLengthIsConfigurableFromSixToEight() {
        double[] sixBelow = {12, 8, 12, 8, 12, 8, 12, 8, 12, 9, 9.5, 8.5, 9, 9.5, 8.5};

        SpcResult seven = chart(SpcOptions.STANDARD, Optional.empty(), sixBelow);
        SpcResult six = chart(SpcOptions.STANDARD.withShiftLength(6), Optional.empty(), sixBelow);

        assertThat(codes(seven)).doesNotContain("7B");
        assertThat(codes(six)).endsWith("C 7B 7B 7B 7B 7B 7B");
        assertThatThrownBy(() -> SpcOptions.STANDARD.withShiftLength(9))
                .hasMessage("shiftLength must be from 6 to 8 points, but is 9");
    }

    @Test
    void aTrendOfSevenIncreasingPointsAndATieBreaksIt() {
        SpcResult trend = chart(Polarity.HIGHER_IS_BETTER, 20, 15, 22, 14, 10, 11, 12, 13, 14, 15, 16, 18, 14);
        SpcResult tie = chart(Polarity.HIGHER_IS_BETTER, 20, 15, 22, 14, 10, 11, 12, 13, 13, 15, 16, 18, 14);

        assertThat(codes(trend)).isEqualTo("C C C C TI TI TI TI TI TI TI TI C");
        assertThat(codes(tie)).isEqualTo("C C C C C C C C C C C C C");
    }

    @Test
    void twoOfThreeCloseToALimitOnTheSameSide() {
        SpcResult result = chart(Polarity.HIGHER_IS_BETTER, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 20, 21, 20.5);

        assertThat(codes(result)).isEqualTo("C C C C C C C C C C C 2A 2A");
        assertThat(result.explanation()).isEqualTo("Special cause improvement: 2 of the last 3 points are close to the"
                + " upper process limit.");
    }

    @Test
    void screeningOutlyingMovingRangesNarrowsTheLimits() {
        double[] values = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 50, 12};

        SpcResult screened = chart(SpcOptions.STANDARD, Optional.empty(), values);
        SpcResult unscreened = chart(SpcOptions.STANDARD.withScreenOutliers(false), Optional.empty(), values);

        Partition narrowed = screened.partitions().get(0);
        Partition wide = unscreened.partitions().get(0);
        assertThat(SpcOptions.STANDARD.screenOutliers()).as("on by default").isTrue();
        assertThat(narrowed.movingRangesScreenedOut()).as("the two moving ranges of 38 either side of 50").isEqualTo(2);
        assertThat(narrowed.meanMovingRange().getAsDouble()).isEqualTo(2.0);
        assertThat(codes(screened)).isEqualTo("2B 7B 2B 7B 2B 7B 2B 7B 2B 7B 2B 7B AU C");
        assertThat(narrowed.limits().orElseThrow().upl()).isCloseTo(19.177143, within(1e-6));
        assertThat(wide.movingRangesScreenedOut()).isZero();
        assertThat(wide.meanMovingRange().getAsDouble()).isCloseTo(98.0 / 13, within(1e-12));
        assertThat(codes(unscreened)).isEqualTo("7B 7B 7B 7B 7B 7B 7B 7B 7B 7B 7B 7B AU C");
        assertThat(wide.limits().orElseThrow().upl()).isCloseTo(33.909451, within(1e-6));
    }

    @Test
    void eachPointCarriesItsPartitionsMeanLimitsAndSigmaLines() {
        double[] values = {10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 30, 33, 30, 33, 30, 33, 30, 33, 30, 33, 30,
            33};

        SpcResult result = new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER),
                WorkedSeries.series(values), Optional.empty(), List.of(new Rebase(quarter(12), "new contractor")),
                List.of());

        ProcessLimits first = result.partitions().get(0).limits().orElseThrow();
        assertThat(result.partitions().get(0).meanMovingRange().getAsDouble()).isEqualTo(4.0);
        assertThat(first.upl()).isCloseTo(22.64, within(1e-9));
        assertThat(first.lpl()).isCloseTo(1.36, within(1e-9));
        assertThat(first.upperTwoSigma()).isCloseTo(19.093333, within(1e-6));
        assertThat(first.lowerTwoSigma()).isCloseTo(4.906667, within(1e-6));
        assertThat(first.upperOneSigma()).isCloseTo(15.546667, within(1e-6));
        assertThat(first.lowerOneSigma()).isCloseTo(8.453333, within(1e-6));
        ProcessLimits second = result.partitions().get(1).limits().orElseThrow();
        assertThat(second.upl()).isCloseTo(31.5 + 7.98, within(1e-9));
        assertThat(second.upperOneSigma()).isCloseTo(31.5 + 2.66, within(1e-9));
        assertThat(second.lowerTwoSigma()).isCloseTo(31.5 - 5.32, within(1e-9));
        for (SpcPoint point : result.points()) {
            boolean rebased = point.period().compareTo(quarter(12)) >= 0;
            assertThat(point.partition()).isEqualTo(rebased ? 2 : 1);
            assertThat(point.mean().getAsDouble()).isEqualTo(rebased ? 31.5 : 12.0);
            assertThat(point.limits()).contains(rebased ? second : first);
            assertThat(point.ghosted()).isFalse();
            assertThat(point.type()).isEqualTo(PointType.COMMON_CAUSE);
        }
    }

    @Test
    void aRebaseStartsAPartitionWithItsOwnMeanAndLimits() {
        double[] values = {10, 14, 10, 14, 10, 14, 30, 34, 30, 34, 30, 34, 30};
        Rebase rebase = new Rebase(quarter(6), "new collection contract");

        SpcResult rebased = new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER),
                WorkedSeries.series(values), Optional.empty(), List.of(rebase), List.of());

        assertThat(codes(chart(Polarity.HIGHER_IS_BETTER, values))).isEqualTo("2B C 2B C 2B C 7A 2A 7A 2A 7A 2A 7A");
        assertThat(codes(rebased)).isEqualTo("C C C C C C C C C C C C C");
        assertThat(rebased.partitions()).extracting(Partition::number, Partition::start, Partition::reason)
                .containsExactly(tuple(1, quarter(0), Optional.empty()),
                        tuple(2, quarter(6), Optional.of("new collection contract")));
        assertThat(rebased.partitions().get(0).mean().getAsDouble()).isEqualTo(12.0);
        assertThat(rebased.partitions().get(1).mean().getAsDouble()).isCloseTo(31.714286, within(1e-6));
        assertThat(rebased.partitions().get(1).limits().orElseThrow().upl()).isCloseTo(42.354286, within(1e-6));
        assertThat(rebased.points().get(6).partition()).isEqualTo(2);
        assertThat(rebased.trialLimits()).as("7 points since the rebase").isTrue();
        assertThat(rebased.explanation()).isEqualTo("Trial limits: fewer than 12 points (7 since the new partition "
                + "at 2021/22 Q3: new collection contract), so the limits will move with each new point and no "
                + "variation icon is shown yet.");
    }

    @Test
    void dot05ADefinitionChangeStartsAPartition() {
        List<Measurement> measurements = new ArrayList<>(WorkedSeries.series(ALTERNATING).measurements());
        measurements.add(new Measurement(quarter(12), BigDecimal.valueOf(40), DataQuality.CONFIRMED, 2));

        SpcResult result = new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER),
                Series.of(measurements), Optional.empty(), List.of(), List.of());

        assertThat(result.partitions()).hasSize(2);
        assertThat(result.partitions().get(1).reason()).contains("definition changed to version 2");
        assertThat(result.partitions().get(1).limits()).as("one point has no moving range").isEmpty();
    }

    @Test
    void aGhostedPointIsShownButLeftOutOfTheCalculationAndTheRules() {
        double[] withSpike = {10, 14, 10, 14, 10, 14, 90, 10, 14, 10, 14, 10, 14};

        SpcResult result = new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER),
                WorkedSeries.series(withSpike), Optional.empty(), List.of(),
                List.of(new Ghost(quarter(6), "data entry error, corrected at source")));

        assertThat(codes(result)).isEqualTo("C C C C C C G C C C C C C");
        SpcPoint ghost = result.points().get(6);
        assertThat(ghost.ghosted()).isTrue();
        assertThat(ghost.ghostReason()).contains("data entry error, corrected at source");
        assertThat(ghost.type()).isEqualTo(PointType.EXCLUDED);
        Partition partition = result.partitions().get(0);
        assertThat(partition.points()).isEqualTo(12);
        assertThat(partition.mean().getAsDouble()).isEqualTo(12.0);
        assertThat(partition.limits().orElseThrow().upl()).isCloseTo(22.64, within(1e-9));
        assertThat(partition.limits().orElseThrow().lpl()).isCloseTo(1.36, within(1e-9));
        assertThat(result.variation()).contains(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void fewerThanTwelvePointsAreClassifiedWithTrialLimitsAndNoIcons() {
        SpcResult result = chart(SpcOptions.STANDARD, Optional.of(Target.of(new BigDecimal("60"))),
                61.2, 58, 64.5, 63, 60.1, 59.9, 62.4, 66);

        assertThat(codes(result)).isEqualTo("C C C C C C C C");
        assertThat(result.partitions().get(0).limits().orElseThrow().upl()).isCloseTo(69.6395, within(1e-9));
        assertThat(result.trialLimits()).isTrue();
        assertThat(result.variation()).isEmpty();
        assertThat(result.assurance()).isEmpty();
        assertThat(result.explanation()).isEqualTo("Trial limits: fewer than 12 points (8 since 2020/21 Q1), so the "
                + "limits will move with each new point and no variation icon is shown yet.");
        assertThat(result.assuranceExplanation()).isEqualTo("No assurance icon until there are 12 points.");

        SpcResult falling = chart(SpcOptions.STANDARD, Optional.of(Target.of(new BigDecimal("53"))),
                55, 54.5, 53.2, 53, 52.5, 52.4, 51.4);
        assertThat(codes(falling)).as("still classified").isEqualTo("AU TD TD TD TD TD BL");
        assertThat(falling.points()).extracting(SpcPoint::type).containsExactly(PointType.SPECIAL_CAUSE_IMPROVEMENT,
                PointType.SPECIAL_CAUSE_CONCERN, PointType.SPECIAL_CAUSE_CONCERN, PointType.SPECIAL_CAUSE_CONCERN,
                PointType.SPECIAL_CAUSE_CONCERN, PointType.SPECIAL_CAUSE_CONCERN, PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(falling.trialLimits()).isTrue();
        assertThat(falling.variation()).isEmpty();
        assertThat(falling.assurance()).isEmpty();
        assertThat(falling.explanation()).startsWith("Trial limits: fewer than 12 points (7 since 2020/21 Q1)");
    }

    @Test
    void assuranceComparesTheTargetWithTheLimits() {
        // mean 12, limits 1.36 to 22.64
        assertThat(assurance("0")).contains(AssuranceIcon.CONSISTENT_PASS);
        assertThat(assurance("23")).contains(AssuranceIcon.CONSISTENT_FAIL);
        assertThat(assurance("12")).contains(AssuranceIcon.HIT_AND_MISS);
        SpcResult pass = chart(SpcOptions.STANDARD, Optional.of(Target.of(BigDecimal.ZERO)), ALTERNATING);
        assertThat(pass.assuranceExplanation()).isEqualTo("Consistently passing the target: the 0.0 target lies "
                + "beyond the process limits (1.4 to 22.6) on the side of worse performance, so every expected figure "
                + "meets it.");
        assertThat(chart(SpcOptions.STANDARD, Optional.empty(), ALTERNATING).assuranceExplanation())
                .isEqualTo("No assurance icon: there is no target.");
    }

    @Test
    void aTargetOnALimitCountsOnlyWhenTheOptionSaysSo() {
        SpcResult strict = chart(SpcOptions.STANDARD, Optional.of(Target.of(BigDecimal.valueOf(20))),
                10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 14, 14);
        double upl = strict.partitions().get(0).limits().orElseThrow().upl();
        Optional<Target> onTheLimit = Optional.of(Target.of(BigDecimal.valueOf(upl)));

        assertThat(chart(SpcOptions.STANDARD, onTheLimit, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 14, 14)
                .assurance()).contains(AssuranceIcon.HIT_AND_MISS);
        assertThat(chart(SpcOptions.STANDARD.withTargetOnLimitCounts(true), onTheLimit,
                10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 14, 14).assurance())
                .contains(AssuranceIcon.CONSISTENT_FAIL);
    }

    @Test
    void aBandPassesWhenItHoldsBothLimits() {
        assertThat(bandAssurance("0..30").assuranceExplanation()).isEqualTo("Consistently passing the target: the "
                + "0.0–30.0 band holds the process limits (1.4 to 22.6), so every expected figure falls inside it.");
        assertThat(bandAssurance("25..30").assuranceExplanation()).isEqualTo("Consistently failing the target: the "
                + "25.0–30.0 band lies wholly above the process limits (1.4 to 22.6), so no expected figure falls "
                + "inside it without a change to the process.");
        assertThat(bandAssurance("20..30").assuranceExplanation()).isEqualTo("Hit and miss: the 20.0–30.0 band "
                + "overlaps the process limits (1.4 to 22.6), so figures will fall inside it in some periods and "
                + "outside it in others.");
        assertThat(bandAssurance("10..14").assurance()).contains(AssuranceIcon.HIT_AND_MISS);
    }

    @Test
    void aTargetOnTheLowerLimitCountsOnlyWhenTheOptionSaysSo() {
        double lpl = chart(Polarity.HIGHER_IS_BETTER, ALTERNATING).partitions().get(0).limits().orElseThrow().lpl();
        Optional<Target> onTheLimit = Optional.of(Target.of(BigDecimal.valueOf(lpl)));

        assertThat(chart(SpcOptions.STANDARD, onTheLimit, ALTERNATING).assurance())
                .contains(AssuranceIcon.HIT_AND_MISS);
        assertThat(chart(SpcOptions.STANDARD.withTargetOnLimitCounts(true), onTheLimit, ALTERNATING).assurance())
                .contains(AssuranceIcon.CONSISTENT_PASS);
    }

    @Test
    void theTrendLengthIsConfigurable() {
        double[] sixRising = {14, 10, 14, 10, 14, 10, 11, 12, 13, 14, 15, 11};

        assertThat(codes(chart(SpcOptions.STANDARD, Optional.empty(), sixRising))).doesNotContain("TI");
        assertThat(codes(chart(SpcOptions.STANDARD.withTrendLength(6), Optional.empty(), sixRising)))
                .contains("TI TI TI TI TI TI");
        double[] sevenRising = {10, 14, 10, 14, 9, 10, 11, 12, 13, 14, 15, 11};
        assertThat(codes(chart(SpcOptions.STANDARD, Optional.empty(), sevenRising))).contains("TI TI TI TI TI TI TI");
        assertThat(codes(chart(SpcOptions.STANDARD.withTrendLength(8), Optional.empty(), sevenRising)))
                .doesNotContain("TI");
    }

    @Test
    void aGhostedPointInsideARunIsNamedNotCounted() {
        SpcResult result = new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER),
                WorkedSeries.series(0, 3, 0, 3, 0, 3, 0, 5, 10, 7, 10, 2, 7, 10, 7, 10),
                Optional.empty(), List.of(), List.of(new Ghost(quarter(11), "miscounted")));

        assertThat(result.explanation()).isEqualTo("Special cause improvement: 7 points in a row above the mean since"
                + " 2022/23 Q1, leaving out 1 ghosted point.");
    }

    @Test
    void aPartitionWhoseOnlyPointIsGhostedHasNoMeanAndTheChartStillDraws() {
        List<Measurement> measurements = new ArrayList<>(WorkedSeries.series(ALTERNATING).measurements());
        measurements.add(new Measurement(quarter(12), BigDecimal.valueOf(40), DataQuality.CONFIRMED, 2));

        SpcResult result = new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER),
                Series.of(measurements), Optional.empty(), List.of(), List.of(new Ghost(quarter(12), "keyed twice")));

        Partition second = result.partitions().get(1);
        assertThat(second.points()).isZero();
        assertThat(second.mean()).isEmpty();
        assertThat(result.points().get(12).type()).isEqualTo(PointType.EXCLUDED);
        assertThat(result.explanation()).isEqualTo("Trial limits: fewer than 12 points (0 since the new partition at"
                + " 2023/24 Q1: definition changed to version 2), so the limits will move with each new point and no "
                + "variation icon is shown yet.");
    }

    @Test
    void rebasesAndGhostsMustNameTheKpisPeriods() {
        SpcEngine engine = new SpcEngine(SpcOptions.STANDARD);
        KpiDefinition kpi = WorkedSeries.kpi(Polarity.HIGHER_IS_BETTER);
        Series series = WorkedSeries.series(ALTERNATING);

        assertThatThrownBy(() -> engine.chart(kpi, series, Optional.empty(),
                List.of(new Rebase(FinancialPeriod.parse("Jul 2021"), "new contract")),
                List.of())).hasMessage("Invalid rebase of TST-01 at Jul 2021: from must be a QUARTERLY period like the"
                        + " KPI's");
        assertThatThrownBy(() -> engine.chart(kpi, series, Optional.empty(),
                List.of(new Rebase(quarter(4), "a"), new Rebase(quarter(4), "b")), List.of()))
                .hasMessage("Invalid rebase of TST-01 at 2021/22 Q1: from must be unique, but the chart is already "
                        + "rebased there");
        assertThatThrownBy(() -> engine.chart(kpi, series, Optional.empty(), List.of(),
                List.of(new Ghost(quarter(20), "typo")))).hasMessage("Invalid ghosted point of TST-01 at 2025/26 Q1:"
                        + " period must be a period with a figure");
        SpcResult atTheStart = engine.chart(kpi, series, Optional.empty(),
                List.of(new Rebase(quarter(0), "new service model")), List.of());
        assertThat(atTheStart.partitions()).hasSize(1);
        assertThat(atTheStart.partitions().get(0).reason()).contains("new service model");
    }

    @Test
    void anEmptySeriesHasNoChart() {
        SpcResult result = chart(Polarity.HIGHER_IS_BETTER);

        assertThat(result.points()).isEmpty();
        assertThat(result.explanation()).isEqualTo("No SPC chart: there are no figures yet.");
    }

    private static Optional<AssuranceIcon> assurance(String target) {
        return chart(SpcOptions.STANDARD, Optional.of(Target.of(new BigDecimal(target))), ALTERNATING).assurance();
    }

    private static SpcResult bandAssurance(String band) {
        return new SpcEngine(SpcOptions.STANDARD).chart(WorkedSeries.kpi(Polarity.WITHIN_BAND),
                WorkedSeries.series(ALTERNATING), Optional.of(SampleKpis.target(band)), List.of(), List.of());
    }
}
