package org.goldenthread.store;

import java.util.Objects;

/** A decision on a proposed target amendment that its rules do not allow; nothing was written. */
public class DecisionRefusedException extends RuntimeException {
    /** The rule that refused the decision. */
    public enum Rule {
        /** Only a proposal still awaiting its decision can be decided. */
        STATE,
        /** The person who proposed an amendment cannot also decide it. */
        SEPARATION_OF_DUTIES
    }

    private final Rule rule;

    public DecisionRefusedException(Rule rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
        return rule;
    }
}
