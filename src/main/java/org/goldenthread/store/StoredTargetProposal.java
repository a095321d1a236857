package org.goldenthread.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Target;

/**
 * A proposed target amendment as stored: the target asked for from {@code effectiveFrom}, why and by whom, and, once
 * decided, who decided, when, and their note; {@code editVersion} is the version a decision must be made to.
 */
public record StoredTargetProposal(int id, String kpiKey, FinancialPeriod effectiveFrom, Target target, String reason,
                                   String proposedBy, Instant proposedAt, TargetProposals.State state,
                                   Optional<String> decidedBy, Optional<Instant> decidedAt,
                                   Optional<String> decisionNote, int editVersion) {
    public StoredTargetProposal {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decisionNote, "decisionNote");
    }
}
