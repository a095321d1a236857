package org.goldenthread.status;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.measure.KpiDefinition;

/**
 * Which statuses the performance team may set in place of the one worked out: only judgements against target, and
 * only those the KPI can be judged by (met or not met for a compliance KPI, green, amber or red for the rest). A
 * status that says why there is no judgement ("Not yet due", "Missing") is a fact, not a judgement to override.
 */
public final class OverrideRule {
    private static final Set<Status> COMPLIANCE = EnumSet.of(Status.MET, Status.NOT_MET);
    private static final Set<Status> RAG = EnumSet.of(Status.GREEN, Status.AMBER, Status.RED);

    private OverrideRule() {
    }

    /** The statuses the KPI's status may be overridden to. */
    public static Set<Status> targets(KpiDefinition kpi) {
        return kpi.compliance() ? COMPLIANCE : RAG;
    }

    /** Why {@code status} may not replace the KPI's worked-out status, or empty if it may. */
    public static Optional<String> refusal(KpiDefinition kpi, Status status) {
        if (targets(kpi).contains(status)) {
            return Optional.empty();
        }
        return Optional.of("an overridden status must be a judgement against target: "
                + (kpi.compliance() ? "MET or NOT_MET for a compliance KPI" : "GREEN, AMBER or RED") + ", not "
                + status.name());
    }

    /** How an overridden status reads: "Amber (overridden from Red: the data was late)". */
    public static String sentence(Status status, Status computed, String reason) {
        return status.label() + " (overridden from " + computed.label() + ": " + reason + ")";
    }
}
