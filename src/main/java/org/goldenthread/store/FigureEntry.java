package org.goldenthread.store;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.DataQuality;

/** What an updater enters for a period: the figure (and its numerator and denominator), its quality and commentary. */
public record FigureEntry(Optional<BigDecimal> value, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
                          DataQuality dataQuality, String commentary) {
    public FigureEntry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(dataQuality, "dataQuality");
        commentary = commentary == null ? "" : commentary;
    }

    public static FigureEntry of(BigDecimal value, DataQuality dataQuality, String commentary) {
        return new FigureEntry(Optional.of(value), Optional.empty(), Optional.empty(), dataQuality, commentary);
    }
}
