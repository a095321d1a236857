package org.goldenthread.rest;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads a figure as the API takes it: an exact decimal string, refused with a 400 naming {@code value} if not one. */
final class FigureValues {
    private FigureValues() {
    }

    static Optional<BigDecimal> decimal(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("value", "value must be a number written with digits and a decimal point, "
                    + "e.g. 61.2, but is '" + value + "'");
        }
    }
}
