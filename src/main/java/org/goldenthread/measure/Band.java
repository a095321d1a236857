package org.goldenthread.measure;

import java.math.BigDecimal;
import java.util.Objects;

/** A target band, both limits included: performance is good anywhere from {@code lower} to {@code upper}. */
public record Band(BigDecimal lower, BigDecimal upper) implements Target {
    public Band {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.compareTo(upper) > 0) {
            throw InvalidFieldsException.of("Invalid target band", "band",
                    "must have its lower limit at or below its upper limit, but runs from " + lower.toPlainString()
                            + " to " + upper.toPlainString());
        }
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(lower) >= 0 && value.compareTo(upper) <= 0;
    }

    /** How far a value lies outside the band: zero inside it. */
    public BigDecimal distanceTo(BigDecimal value) {
        if (value.compareTo(lower) < 0) {
            return lower.subtract(value);
        }
        return value.compareTo(upper) > 0 ? value.subtract(upper) : BigDecimal.ZERO;
    }

    @Override
    public Band rounded(int decimals) {
        return new Band(Target.round(lower, decimals), Target.round(upper, decimals));
    }

    /** "85.0%–92.0%"; "-£100 to -£50" where a limit is negative, as a dash before a minus sign misreads. */
    @Override
    public String format(Unit unit, int decimals) {
        String from = unit.format(lower, decimals);
        String to = unit.format(upper, decimals);
        return from.startsWith("-") || to.startsWith("-") ? from + " to " + to : from + "–" + to;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Band band && band.lower.compareTo(lower) == 0 && band.upper.compareTo(upper) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower.stripTrailingZeros(), upper.stripTrailingZeros());
    }
}
