package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Objects;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetValue;
import org.goldenthread.measure.Tolerance;

/**
 * Where green and amber start and stop for one period: a displayed figure inside
 * {@code green} is green, one outside it but inside {@code amber} is amber, and anything else is red. With no
 * tolerance the two are the same, so nothing is amber.
 */
public record Thresholds(Interval green, Interval amber) {
    public Thresholds {
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(amber, "amber");
    }

    /**
     * The thresholds for a target already rounded to the KPI's decimals. The tolerance's allowance is kept exact: the
     * displayed figure is judged, but rounding never widens the tolerance the council set.
     */
    static Thresholds of(Polarity polarity, Target target, Tolerance tolerance) {
        return switch (polarity) {
            case WITHIN_BAND -> {
                Band band = (Band) target;
                yield new Thresholds(Interval.between(band.lower(), band.upper()),
                        Interval.between(band.lower().subtract(tolerance.allowanceAgainst(band.lower())),
                                band.upper().add(tolerance.allowanceAgainst(band.upper()))));
            }
            case HIGHER_IS_BETTER -> {
                BigDecimal value = ((TargetValue) target).value();
                yield new Thresholds(Interval.atLeast(value),
                        Interval.atLeast(value.subtract(tolerance.allowanceAgainst(value))));
            }
            case LOWER_IS_BETTER -> {
                BigDecimal value = ((TargetValue) target).value();
                yield new Thresholds(Interval.atMost(value), Interval.atMost(value.add(tolerance.allowanceAgainst(value))));
            }
        };
    }

    /** Green, amber or red; for a compliance KPI, met or not met. */
    Status judge(BigDecimal shown, boolean compliance) {
        if (green.contains(shown)) {
            return compliance ? Status.MET : Status.GREEN;
        }
        if (compliance) {
            return Status.NOT_MET;
        }
        return amber.contains(shown) ? Status.AMBER : Status.RED;
    }

    /** The amber allowance on the side of the target where the figure lies. */
    BigDecimal allowanceFacing(BigDecimal shown) {
        if (green.isBelow(shown)) {
            return green.lower().orElseThrow().subtract(amber.lower().orElseThrow());
        }
        return amber.upper().orElseThrow().subtract(green.upper().orElseThrow());
    }
}
