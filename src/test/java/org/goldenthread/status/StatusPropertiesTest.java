package org.goldenthread.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;

/** RAG-04 and DOT-01 properties that hold for every target, tolerance, precision and figure. */
class StatusPropertiesTest {
    private static final FinancialPeriod Q1 = FinancialPeriod.parse("2025/26 Q1");
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");
    private static final StatusRules RULES = new StatusRules(RatingPolicy.STANDARD);
    private static final DirectionOfTravel TRAVEL = new DirectionOfTravel(ChangeMargin.EXACT);

    /** A KPI's judging settings: everything but polarity and the target. */
    record Judging(int decimals, Optional<Tolerance> tolerance, boolean compliance) {
        KpiDefinition kpi(Polarity polarity) {
            return SampleKpis.kpi(Unit.PERCENT, polarity).decimals(decimals).tolerance(tolerance.orElse(null))
                    .compliance(compliance).build();
        }
    }

    @Property
    void rag04ABetterFigureNeverGetsAWorseStatus(@ForAll("judging") Judging judging,
                                                 @ForAll("values") BigDecimal target,
                                                 @ForAll("values") BigDecimal better,
                                                 @ForAll("values") BigDecimal worse) {
        Assume.that(better.compareTo(worse) >= 0);

        assertThat(rank(status(judging.kpi(Polarity.HIGHER_IS_BETTER), Target.of(target), better)))
                .isLessThanOrEqualTo(rank(status(judging.kpi(Polarity.HIGHER_IS_BETTER), Target.of(target), worse)));
        assertThat(rank(status(judging.kpi(Polarity.LOWER_IS_BETTER), Target.of(target), worse)))
                .isLessThanOrEqualTo(rank(status(judging.kpi(Polarity.LOWER_IS_BETTER), Target.of(target), better)));
    }

    @Property
    void rag04CloserToTheBandOnTheSameSideNeverGetsAWorseStatus(@ForAll("judging") Judging judging,
                                                                @ForAll("values") BigDecimal lower,
                                                                @ForAll("widths") BigDecimal width,
                                                                @ForAll("values") BigDecimal a,
                                                                @ForAll("values") BigDecimal b) {
        Band band = new Band(lower, lower.add(width));
        KpiDefinition kpi = judging.kpi(Polarity.WITHIN_BAND);
        BigDecimal closer = a.min(b);
        BigDecimal further = a.max(b);
        if (closer.compareTo(band.upper()) > 0) {
            assertThat(rank(status(kpi, band, closer))).isLessThanOrEqualTo(rank(status(kpi, band, further)));
        }
        if (further.compareTo(band.lower()) < 0) {
            assertThat(rank(status(kpi, band, further))).isLessThanOrEqualTo(rank(status(kpi, band, closer)));
        }
        if (band.contains(a)) {
            assertThat(status(kpi, band, a).status().isOnTarget()).isTrue();
        }
    }

    @Property
    void rag02AmberMeansAShortfallWithinTheToleranceAsSetNotAsRounded(@ForAll("judging") Judging judging,
                                                                     @ForAll("values") BigDecimal target,
                                                                     @ForAll("values") BigDecimal value) {
        Assume.that(!judging.compliance());
        BigDecimal shownTarget = target.setScale(judging.decimals(), RoundingMode.HALF_UP);
        BigDecimal shortfall = shownTarget.subtract(value.setScale(judging.decimals(), RoundingMode.HALF_UP));
        Tolerance tolerance = judging.tolerance().orElse(Tolerance.COUNCIL_DEFAULT);
        BigDecimal allowance = tolerance.kind() == Tolerance.Kind.ABSOLUTE ? tolerance.amount()
                : shownTarget.abs().multiply(tolerance.amount()).movePointLeft(2);
        Status expected = shortfall.signum() <= 0 ? Status.GREEN
                : shortfall.compareTo(allowance) <= 0 ? Status.AMBER : Status.RED;

        assertThat(status(judging.kpi(Polarity.HIGHER_IS_BETTER), Target.of(target), value).status())
                .isEqualTo(expected);
    }

    @Property
    void rag04SwappingPolarityMirrorsTheResult(@ForAll("judging") Judging judging,
                                               @ForAll("values") BigDecimal target,
                                               @ForAll("values") BigDecimal value) {
        StatusAssessment higher = status(judging.kpi(Polarity.HIGHER_IS_BETTER), Target.of(target), value);
        StatusAssessment lower = status(judging.kpi(Polarity.LOWER_IS_BETTER), Target.of(target.negate()),
                value.negate());

        assertThat(lower.status()).isEqualTo(higher.status());
        assertThat(lower.thresholds().orElseThrow().green().upper().orElseThrow())
                .isEqualByComparingTo(higher.thresholds().orElseThrow().green().lower().orElseThrow().negate());
        assertThat(lower.thresholds().orElseThrow().amber().upper().orElseThrow())
                .isEqualByComparingTo(higher.thresholds().orElseThrow().amber().lower().orElseThrow().negate());
    }

    @Property
    void rag04MirroringABandMirrorsTheResult(@ForAll("judging") Judging judging, @ForAll("values") BigDecimal lower,
                                             @ForAll("widths") BigDecimal width, @ForAll("values") BigDecimal value) {
        KpiDefinition kpi = judging.kpi(Polarity.WITHIN_BAND);
        Band band = new Band(lower, lower.add(width));
        Band mirrored = new Band(band.upper().negate(), band.lower().negate());

        assertThat(status(kpi, mirrored, value.negate()).status()).isEqualTo(status(kpi, band, value).status());
    }

    @Property
    void rag03ComplianceIsNeverAmberAndEveryJudgementIsExplainedWithTheFigureShown(
            @ForAll("judging") Judging judging, @ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal value) {
        KpiDefinition kpi = judging.kpi(Polarity.HIGHER_IS_BETTER);
        StatusAssessment assessment = status(kpi, Target.of(target), value);

        if (judging.compliance()) {
            assertThat(assessment.status()).isIn(Status.MET, Status.NOT_MET);
        } else {
            assertThat(assessment.status()).isIn(Status.GREEN, Status.AMBER, Status.RED);
        }
        assertThat(assessment.explanation()).startsWith(assessment.status().label() + ": "
                + Unit.PERCENT.format(value, judging.decimals()) + " ");
    }

    @Property
    void rag04FiguresThatReadTheSameGetTheSameStatus(@ForAll("judging") Judging judging,
                                                     @ForAll Polarity polarity,
                                                     @ForAll("values") BigDecimal target,
                                                     @ForAll("widths") BigDecimal width,
                                                     @ForAll("values") BigDecimal value) {
        KpiDefinition kpi = judging.kpi(polarity);
        Target aim = polarity == Polarity.WITHIN_BAND ? new Band(target, target.add(width)) : Target.of(target);
        BigDecimal shown = value.setScale(judging.decimals(), RoundingMode.HALF_UP);

        StatusAssessment exact = status(kpi, aim, value);

        assertThat(status(kpi, aim, shown).status()).isEqualTo(exact.status());
        assertThat(exact.inputs().shown()).contains(shown);
    }

    @Property
    void rag05AContextSuspendedOrUntargetedPeriodIsNeverJudgedWhateverTheFigure(
            @ForAll("judging") Judging judging, @ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal value) {
        KpiDefinition kpi = judging.kpi(Polarity.HIGHER_IS_BETTER);
        KpiDefinition context = kpi.toBuilder().control(Control.CONTEXT).build();
        Optional<Measurement> figure = Optional.of(Measurement.confirmed(Q2, value));
        TargetSchedule targets = TargetSchedule.of(kpi, List.of(AnnualTarget.of(Q2.year(), Target.of(target))),
                List.of());
        LocalDate asOf = LocalDate.of(2026, 1, 1);

        List<StatusAssessment> notJudged = List.of(
                status(context, Target.of(target), value),
                RULES.assess(RatingRequest.of(targets, Q2, figure, asOf).suspended("reorganisation")),
                RULES.assess(RatingRequest.of(TargetSchedule.none(kpi), Q2, figure, asOf)));

        assertThat(notJudged).extracting(StatusAssessment::status)
                .containsExactly(Status.CONTEXT, Status.SUSPENDED, Status.NO_TARGET);
        assertThat(notJudged).allSatisfy(assessment -> assertThat(assessment.thresholds()).isEmpty());
    }

    @Property
    void dot01SwappingPolarityTurnsImprovingIntoWorsening(@ForAll("judging") Judging judging,
                                                           @ForAll("values") BigDecimal earlier,
                                                           @ForAll("values") BigDecimal now) {
        Direction higher = direction(judging.kpi(Polarity.HIGHER_IS_BETTER), earlier, now);
        Direction lower = direction(judging.kpi(Polarity.LOWER_IS_BETTER), earlier, now);

        assertThat(lower).isEqualTo(switch (higher) {
            case IMPROVING -> Direction.WORSENING;
            case WORSENING -> Direction.IMPROVING;
            default -> higher;
        });
    }

    @Provide
    Arbitrary<Judging> judging() {
        Arbitrary<Optional<Tolerance>> tolerances = Arbitraries.oneOf(
                Arbitraries.just(Optional.empty()),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20)).ofScale(1)
                        .map(percent -> Optional.of(Tolerance.relative(percent))),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(50)).ofScale(2)
                        .map(amount -> Optional.of(Tolerance.absolute(amount))));
        return Combinators.combine(Arbitraries.integers().between(0, 3), tolerances, Arbitraries.of(true, false))
                .as((decimals, tolerance, compliance) -> new Judging(decimals,
                        compliance ? Optional.empty() : tolerance, compliance));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(3),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("-0.5"), new BigDecimal("68.0"),
                        new BigDecimal("64.6"), new BigDecimal("64.55"), new BigDecimal("-0.05")));
    }

    @Provide
    Arbitrary<BigDecimal> widths() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200)).ofScale(2);
    }

    private static StatusAssessment status(KpiDefinition kpi, Target target, BigDecimal value) {
        TargetSchedule targets = TargetSchedule.of(kpi, List.of(AnnualTarget.of(Q2.year(), target)), List.of());
        return RULES.assess(RatingRequest.of(targets, Q2, Optional.of(Measurement.confirmed(Q2, value)),
                LocalDate.of(2026, 1, 1)));
    }

    private static Direction direction(KpiDefinition kpi, BigDecimal earlier, BigDecimal now) {
        return TRAVEL.compare(kpi, Optional.empty(), Q2, Optional.of(Measurement.confirmed(Q2, now)), Q1,
                Optional.of(Measurement.confirmed(Q1, earlier))).direction();
    }

    /** On target 0, amber 1, off target 2. */
    private static int rank(StatusAssessment assessment) {
        Status status = assessment.status();
        return status.isOnTarget() ? 0 : status == Status.AMBER ? 1 : 2;
    }
}
