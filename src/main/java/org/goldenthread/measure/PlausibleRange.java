package org.goldenthread.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a KPI can sensibly take, checked when data is entered (a percentage above 100, a negative count): either
 * limit may be open.
 */
public record PlausibleRange(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    public static final PlausibleRange ANY = new PlausibleRange(Optional.empty(), Optional.empty());

    public PlausibleRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw InvalidFieldsException.of("Invalid plausible range", "min",
                    "must not exceed max, but " + min.get().toPlainString() + " is above " + max.get().toPlainString());
        }
    }

    public static PlausibleRange between(BigDecimal min, BigDecimal max) {
        return new PlausibleRange(Optional.ofNullable(min), Optional.ofNullable(max));
    }

    public boolean contains(BigDecimal value) {
        return min.map(limit -> value.compareTo(limit) >= 0).orElse(true)
                && max.map(limit -> value.compareTo(limit) <= 0).orElse(true);
    }

    /** The range as a reader sees it: "0 to 100", "no minimum to 100". */
    public String describe() {
        return min.map(BigDecimal::toPlainString).orElse("no minimum") + " to "
                + max.map(BigDecimal::toPlainString).orElse("no maximum");
    }
}
