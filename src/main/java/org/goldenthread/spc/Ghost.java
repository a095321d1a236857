package org.goldenthread.spc;

import java.util.Objects;
import org.goldenthread.measure.FinancialPeriod;

/** A point left out of the mean, the limits and the rules (a known one-off, such as a data error), with why. */
public record Ghost(FinancialPeriod period, String reason) {
    public Ghost {
        Objects.requireNonNull(period, "period");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a ghosted point needs a reason");
        }
    }
}
