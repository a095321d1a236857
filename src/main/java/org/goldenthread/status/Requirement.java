package org.goldenthread.status;

import java.util.Objects;

/** Whether an update needs something before it can move on (commentary, an action plan), and why, in one sentence. */
public record Requirement(boolean required, String reason) {
    public Requirement {
        Objects.requireNonNull(reason, "reason");
    }
}
