package org.goldenthread.spc;

import java.util.Objects;
import org.goldenthread.measure.FinancialPeriod;

/**
 * A known change to the process (a new service model, a definition change): the chart starts a new partition, with
 * its own mean and limits, at the first point on or after {@code from}.
 */
public record Rebase(FinancialPeriod from, String reason) {
    public Rebase {
        Objects.requireNonNull(from, "from");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rebase needs a reason");
        }
    }
}
