package org.goldenthread.status;

import java.util.Objects;

/** An exception trigger that fired for a period, with the sentence saying why. */
public record RaisedException(ExceptionTrigger trigger, String explanation) {
    public RaisedException {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(explanation, "explanation");
    }
}
