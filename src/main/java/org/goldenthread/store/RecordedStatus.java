package org.goldenthread.store;

import java.util.Objects;
import org.goldenthread.status.Status;

/** The status worked out for a period when it was signed off, with the rules that produced it and why. */
public record RecordedStatus(Status status, String ruleVersion, String explanation) {
    public RecordedStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(explanation, "explanation");
    }
}
