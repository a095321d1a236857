package org.goldenthread.update;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.status.Requirement;

/**
 * Everything a step is judged on: the action and who takes it, the update's state and who submitted it, the figure
 * and text given with it, and whether commentary and an action plan are required and whether one is linked.
 */
public record StepRequest(UpdateAction action, Participant participant, UpdateState state,
                          Optional<String> submittedBy, Optional<BigDecimal> value, String text,
                          Requirement commentary, Requirement actionPlan, boolean hasActionPlan) {
    public StepRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(value, "value");
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(commentary, "commentary");
        Objects.requireNonNull(actionPlan, "actionPlan");
    }
}
