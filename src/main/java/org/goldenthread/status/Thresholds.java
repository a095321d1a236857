package org.goldenthread.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetValue;
import org.goldenthread.measure.Tolerance;

/**
 * Where green and amber start and stop for one period, at the KPI's displayed precision: a figure inside
 * {@code green} is green, one outside it but inside {@code amber} is amber, and anything else is red. With no
 * tolerance the two are the same, so nothing is amber.
 */
public record Thresholds(Interval green, Interval amber) {
    public Thresholds {
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(amber, "amber");
    }

    /**
     * The thresholds for a target already rounded to {@code decimals}. The tolerance's allowance is rounded half-up to
     * the same places, so every figure in the explanation is one the reader can check by eye.
     */
    static Thresholds of(Polarity polarity, Target target, Tolerance tolerance, int decimals) {
        if (target instanceof Band band) {
            BigDecimal below = allowance(tolerance, band.lower(), decimals);
            BigDecimal above = allowance(tolerance, band.upper(), decimals);
            return new Thresholds(Interval.between(band.lower(), band.upper()),
                    Interval.between(band.lower().subtract(below), band.upper().add(above)));
        }
        BigDecimal value = ((TargetValue) target).value();
        BigDecimal allowance = allowance(tolerance, value, decimals);
        return polarity == Polarity.HIGHER_IS_BETTER
                ? new Thresholds(Interval.atLeast(value), Interval.atLeast(value.subtract(allowance)))
                : new Thresholds(Interval.atMost(value), Interval.atMost(value.add(allowance)));
    }

    private static BigDecimal allowance(Tolerance tolerance, BigDecimal reference, int decimals) {
        return tolerance.allowanceAgainst(reference).setScale(decimals, RoundingMode.HALF_UP);
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
