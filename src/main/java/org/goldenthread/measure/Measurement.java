package org.goldenthread.measure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A KPI's figure for one period, exact as entered, with the definition version it was measured under: figures under
 * different versions are not compared (DOT-05). A period with no figure has no measurement.
 */
public record Measurement(FinancialPeriod period, BigDecimal value, DataQuality dataQuality, int definitionVersion) {
    public Measurement {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(dataQuality, "dataQuality");
        if (definitionVersion < 1) {
            throw InvalidFieldsException.of("Invalid measurement for " + period.label(), "definitionVersion",
                    "must be 1 or more, but is " + definitionVersion);
        }
    }

    public static Measurement confirmed(FinancialPeriod period, BigDecimal value) {
        return new Measurement(period, value, DataQuality.CONFIRMED, 1);
    }

    /** The figure as shown to readers, and as judged: rounded half-up to the given decimal places. */
    public BigDecimal displayed(int decimals) {
        return Target.round(value, decimals);
    }
}
