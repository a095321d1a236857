package org.goldenthread.store;

import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;

/**
 * Mid-year target amendments as controlled changes (TGT-04): one is proposed with a reason, then approved, which
 * amends the target from its period on, or rejected with a reason. Every step is audited; the original target stays.
 */
public interface TargetProposals {
    enum State { PROPOSED, APPROVED, REJECTED }

    /** The KPI's proposals, oldest first. */
    List<StoredTargetProposal> forKpi(KpiDefinition kpi);

    Optional<StoredTargetProposal> find(KpiDefinition kpi, int id);

    /** Proposes the target from the period on; the period's year must have a target to amend. */
    StoredTargetProposal propose(KpiDefinition kpi, FinancialPeriod effectiveFrom, Target target, String reason,
                                 String userKey);

    /**
     * Approves {@code editVersion} of the proposal and amends the target, in one transaction; refuses a stale version
     * with a {@link ConflictException}, and a decided proposal or the proposer's own with a
     * {@link DecisionRefusedException}.
     */
    StoredTargetProposal approve(KpiDefinition kpi, int id, int editVersion, String note, String userKey);

    /** Rejects {@code editVersion} of the proposal with a reason, refused as {@link #approve} is. */
    StoredTargetProposal reject(KpiDefinition kpi, int id, int editVersion, String reason, String userKey);
}
