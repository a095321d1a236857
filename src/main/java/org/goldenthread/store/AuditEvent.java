package org.goldenthread.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One change to KPI data: who (a user key), when, what, and the value before and after (empty when there was none). */
public record AuditEvent(String kpiKey, Optional<String> periodId, String subject, String userKey, Instant occurred,
                         Optional<String> oldValue, Optional<String> newValue) {
    public AuditEvent {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(occurred, "occurred");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
