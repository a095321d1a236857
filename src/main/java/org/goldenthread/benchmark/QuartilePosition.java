package org.goldenthread.benchmark;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.Polarity;

/**
 * Which quarter of its comparators the council's own figure falls in (KPI-18), counted from the best: for a KPI where
 * higher is better the top quartile is at or above the upper quartile; where lower is better, at or below the lower
 * quartile. A figure exactly on a boundary counts in the better quarter. A band KPI has no better end, so no position.
 */
public enum QuartilePosition {
    TOP("top quartile"),
    SECOND("second quartile"),
    THIRD("third quartile"),
    BOTTOM("bottom quartile");

    private final String label;

    QuartilePosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<QuartilePosition> of(Quartiles comparators, BigDecimal own, Polarity polarity) {
        Objects.requireNonNull(comparators, "comparators");
        Objects.requireNonNull(own, "own");
        return switch (polarity) {
            case HIGHER_IS_BETTER -> Optional.of(own.compareTo(comparators.upper()) >= 0 ? TOP
                    : own.compareTo(comparators.median()) >= 0 ? SECOND
                    : own.compareTo(comparators.lower()) >= 0 ? THIRD : BOTTOM);
            case LOWER_IS_BETTER -> Optional.of(own.compareTo(comparators.lower()) <= 0 ? TOP
                    : own.compareTo(comparators.median()) <= 0 ? SECOND
                    : own.compareTo(comparators.upper()) <= 0 ? THIRD : BOTTOM);
            case WITHIN_BAND -> Optional.empty();
        };
    }
}
