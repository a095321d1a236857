package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;

/**
 * Direction of travel (DOT-01), judged on figures as displayed and by the KPI's polarity: up is improving only where
 * higher is better; for a band KPI, closer to the period's band is improving. A change within the margin is no
 * significant change. Figures under different definition versions, or a missing figure, are not comparable (DOT-05).
 */
public final class DirectionOfTravel {
    /** The default: any change that shows at the displayed precision counts. */
    public static final DirectionOfTravel STANDARD = new DirectionOfTravel(ChangeMargin.EXACT);

    private final ChangeMargin margin;

    public DirectionOfTravel(ChangeMargin margin) {
        this.margin = Objects.requireNonNull(margin, "margin");
    }

    /** Against the previous period and the same period last year. */
    public Travel travel(TargetSchedule targets, Series series, FinancialPeriod period) {
        KpiDefinition kpi = targets.kpi();
        Optional<Band> band = targets.targetFor(period).map(TargetInForce::target)
                .filter(Band.class::isInstance).map(Band.class::cast);
        Optional<Measurement> current = series.at(period);
        return new Travel(
                compare(kpi, band, period, current, period.previous(), series.at(period.previous())),
                compare(kpi, band, period, current, period.sameLastYear(), series.at(period.sameLastYear())));
    }

    /** The direction from the earlier period's figure to the current one; {@code band} matters only for a band KPI. */
    public DirectionResult compare(KpiDefinition kpi, Optional<Band> band, FinancialPeriod period,
                                   Optional<Measurement> current, FinancialPeriod earlierPeriod,
                                   Optional<Measurement> earlier) {
        int decimals = kpi.decimals();
        Optional<BigDecimal> earlierShown = earlier.map(measurement -> measurement.displayed(decimals));
        Optional<String> obstacle = obstacle(kpi, band, period, current, earlierPeriod, earlier);
        if (obstacle.isPresent()) {
            return new DirectionResult(Direction.NOT_COMPARABLE, earlierPeriod, earlierShown, Optional.empty(),
                    Direction.NOT_COMPARABLE.label() + ": " + obstacle.get() + ".");
        }
        BigDecimal now = current.orElseThrow().displayed(decimals);
        BigDecimal then = earlierShown.orElseThrow();
        Optional<Band> shownBand = band.map(limits -> limits.rounded(decimals));
        BigDecimal improvement = improvement(kpi.polarity(), shownBand, now, then);
        Direction direction = margin.covers(improvement, then) ? Direction.NO_CHANGE
                : improvement.signum() > 0 ? Direction.IMPROVING : Direction.WORSENING;
        TravelSentence sentence = new TravelSentence(kpi, margin, earlierPeriod);
        return new DirectionResult(direction, earlierPeriod, earlierShown, Optional.of(improvement),
                sentence.of(direction, shownBand, now, then, improvement));
    }

    private static Optional<String> obstacle(KpiDefinition kpi, Optional<Band> band, FinancialPeriod period,
                                             Optional<Measurement> current, FinancialPeriod earlierPeriod,
                                             Optional<Measurement> earlier) {
        if (current.isEmpty()) {
            return Optional.of("there is no " + period.label() + " figure");
        }
        if (earlier.isEmpty()) {
            return Optional.of("there is no " + earlierPeriod.label() + " figure to compare with");
        }
        int from = earlier.get().definitionVersion();
        int to = current.get().definitionVersion();
        if (from != to) {
            return Optional.of("the definition changed between " + earlierPeriod.label() + " and " + period.label()
                    + " (version " + from + " to " + to + ")");
        }
        if (kpi.polarity() == Polarity.WITHIN_BAND && band.isEmpty()) {
            return Optional.of("there is no target band for " + period.label() + " to measure closeness to");
        }
        return Optional.empty();
    }

    /** How much better the current figure is than the earlier one: negative when it is worse. */
    static BigDecimal improvement(Polarity polarity, Optional<Band> band, BigDecimal now, BigDecimal then) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> now.subtract(then);
            case LOWER_IS_BETTER -> then.subtract(now);
            case WITHIN_BAND -> band.orElseThrow().distanceTo(then).subtract(band.orElseThrow().distanceTo(now));
        };
    }
}
