package org.goldenthread.store;

import java.time.Instant;
import java.util.Objects;
import org.goldenthread.status.Status;

/** The status the performance team set for a period in place of the one worked out, with who, when and why. */
public record StatusOverride(Status status, String reason, String overriddenBy, Instant overriddenAt) {
    public StatusOverride {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(overriddenBy, "overriddenBy");
        Objects.requireNonNull(overriddenAt, "overriddenAt");
    }
}
