package org.goldenthread.update;

import java.util.Objects;

/** Why a step was refused: the check that failed and a sentence naming the rule. */
public record Refusal(Check check, String message) {
    public Refusal {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }
}
