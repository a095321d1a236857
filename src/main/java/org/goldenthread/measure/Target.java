package org.goldenthread.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a KPI aims for in a period: a value, or for a KPI whose polarity is {@link Polarity#WITHIN_BAND}, a band. */
public sealed interface Target permits TargetValue, Band {

    static Target of(BigDecimal value) {
        return new TargetValue(value);
    }

    /** The target as a reader sees it, at the KPI's decimal places, rounded half-up. */
    Target rounded(int decimals);

    /** "68.0%", or "85.0%–92.0%" for a band. */
    String format(Unit unit, int decimals);

    /** True if this kind of target suits the polarity: a band for a band polarity, a value otherwise. */
    default boolean suits(Polarity polarity) {
        return (this instanceof Band) == (polarity == Polarity.WITHIN_BAND);
    }

    static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
