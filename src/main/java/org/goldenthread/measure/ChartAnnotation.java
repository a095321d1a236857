package org.goldenthread.measure;

import java.util.Objects;

/** A note on a KPI's trend graph that explains a change, e.g. "New collection contract" (DOT-03). */
public record ChartAnnotation(FinancialPeriod period, String text) {
    public ChartAnnotation {
        Objects.requireNonNull(period, "period");
        if (text == null || text.isBlank()) {
            throw InvalidFieldsException.of("Invalid chart annotation", "text", "is required");
        }
    }
}
