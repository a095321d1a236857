package org.goldenthread.status;

import java.util.Objects;
import java.util.Optional;

/**
 * A period's status with the rule version that produced it, the inputs, the thresholds (for a judgement) and one
 * sentence a councillor can read. Stored as it was at sign-off, so history never changes silently.
 */
public record StatusAssessment(Status status, String ruleVersion, RatingInputs inputs, Optional<Thresholds> thresholds,
                               String explanation) {
    public StatusAssessment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(explanation, "explanation");
    }
}
