package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Optional;

/** A closed range of figures; an empty limit is open. */
public record Interval(Optional<BigDecimal> lower, Optional<BigDecimal> upper) {

    public static Interval atLeast(BigDecimal lower) {
        return new Interval(Optional.of(lower), Optional.empty());
    }

    public static Interval atMost(BigDecimal upper) {
        return new Interval(Optional.empty(), Optional.of(upper));
    }

    public static Interval between(BigDecimal lower, BigDecimal upper) {
        return new Interval(Optional.of(lower), Optional.of(upper));
    }

    public boolean contains(BigDecimal value) {
        return lower.map(limit -> value.compareTo(limit) >= 0).orElse(true)
                && upper.map(limit -> value.compareTo(limit) <= 0).orElse(true);
    }

    public boolean isBelow(BigDecimal value) {
        return lower.map(limit -> value.compareTo(limit) < 0).orElse(false);
    }
}
