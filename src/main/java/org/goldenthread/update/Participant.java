package org.goldenthread.update;

import java.util.Objects;
import java.util.Set;

/** The person taking a step, by user key, with the parts they play for the KPI in question. */
public record Participant(String userKey, Set<Part> parts) {
    public Participant {
        Objects.requireNonNull(userKey, "userKey");
        parts = Set.copyOf(parts);
    }
}
