package org.goldenthread.measure;

import java.time.Instant;
import java.util.Objects;

/**
 * An approved mid-year change to a target (TGT-04): it sets the target from {@code effectiveFrom} to the end of that
 * financial year, unless a later approved amendment sets it again; earlier periods, and the original target, are left
 * as they were.
 */
public record TargetAmendment(FinancialPeriod effectiveFrom, Target target, String reason, String approvedBy,
                              Instant approvedAt) {
    public TargetAmendment {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(approvedAt, "approvedAt");
        if (target == null) {
            throw InvalidFieldsException.of("Invalid target amendment", "target", "is required (TGT-04)");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("Invalid target amendment", "reason", "is required (TGT-04)");
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw InvalidFieldsException.of("Invalid target amendment", "approvedBy", "is required (TGT-04)");
        }
    }

    /** True if this amendment sets the target for the period. */
    public boolean appliesTo(FinancialPeriod period) {
        return period.year().equals(effectiveFrom.year()) && period.compareTo(effectiveFrom) >= 0;
    }
}
