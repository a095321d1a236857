package org.goldenthread.rest;

import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;

/** The {@code period} parameter of the reports: a period id or label, or {@code latest} (the same as none). */
final class Periods {
    static final String LATEST = "latest";

    private Periods() {
    }

    /** The period asked for, or empty for each KPI's latest published one; a malformed period is a 400. */
    static Optional<FinancialPeriod> asked(String period) {
        if (period == null || period.isBlank() || period.strip().equalsIgnoreCase(LATEST)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FinancialPeriod.parse(period.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("period", "period: " + e.getMessage());
        }
    }
}
