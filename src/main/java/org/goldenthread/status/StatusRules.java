package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.Target;

/**
 * Works out a KPI's status for a period (RAG-01 to RAG-11, TGT-08).
 *
 * <p>In order: a suspended period is not rated; no figure is not yet due until the due date (the submission lag after
 * the period closes) and missing after it; a context measure is never rated; a figure with no target is data only.
 * Otherwise the figure, rounded half-up to the KPI's decimals as it is displayed, is judged against the target in force
 * (also as displayed) using the KPI's polarity: on or better than target is green; worse, but by no more than the
 * tolerance, amber; worse by more, red. The tolerance itself is not rounded, so rounding never widens it. A
 * compliance KPI is met or not met, with no tolerance (RAG-03).
 *
 * <p>A relative tolerance is a percentage of the target's size, so a negative target allows the same amount as its
 * positive mirror, and a zero target allows nothing: 5% of zero is zero, any shortfall is red, and the explanation says
 * so. A council that wants an amber band around zero sets an absolute tolerance on the KPI. For a band, each side's
 * allowance is the tolerance of that limit.
 */
public final class StatusRules {
    /** Stored with every status; changes whenever these rules would judge any figure differently. */
    public static final String RULE_VERSION = "rag-1";

    private final RatingPolicy policy;

    public StatusRules(RatingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public StatusAssessment assess(RatingRequest request) {
        RatingInputs inputs = RatingInputs.of(request, policy);
        Optional<Thresholds> thresholds = Optional.empty();
        Status status;
        if (inputs.suspension().isPresent()) {
            status = Status.SUSPENDED;
        } else if (inputs.shown().isEmpty()) {
            status = inputs.asOf().isAfter(inputs.dueDate()) ? Status.MISSING : Status.NOT_DUE;
        } else if (inputs.control() == Control.CONTEXT) {
            status = Status.CONTEXT;
        } else if (inputs.target().isEmpty()) {
            status = Status.NO_TARGET;
        } else {
            Target target = inputs.target().get();
            thresholds = Optional.of(Thresholds.of(inputs.polarity(), target, inputs.tolerance()));
            BigDecimal shown = inputs.shown().get();
            status = thresholds.get().judge(shown, inputs.compliance());
        }
        return new StatusAssessment(status, RULE_VERSION, inputs, thresholds,
                StatusExplanation.of(status, inputs, thresholds));
    }
}
