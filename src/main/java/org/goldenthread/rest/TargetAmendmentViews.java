package org.goldenthread.rest;

import org.goldenthread.contract.TargetAmendmentView;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.TargetValue;
import org.goldenthread.store.StoredTargetProposal;

/** The API's view of a proposed target amendment, with the original target of its period beside it. */
final class TargetAmendmentViews {
    private TargetAmendmentViews() {
    }

    static TargetAmendmentView view(KpiDefinition kpi, TargetSchedule schedule, StoredTargetProposal proposal) {
        Target target = proposal.target();
        String original = schedule.targetFor(proposal.effectiveFrom()).flatMap(TargetInForce::original)
                .map(before -> KpiViews.format(kpi, before)).orElse(null);
        return new TargetAmendmentView(proposal.id(), proposal.kpiKey(), proposal.effectiveFrom().id(),
                proposal.effectiveFrom().label(), original,
                target instanceof TargetValue value ? value.value().toPlainString() : null,
                target instanceof Band band ? band.lower().toPlainString() : null,
                target instanceof Band band ? band.upper().toPlainString() : null,
                KpiViews.format(kpi, target), proposal.reason(), proposal.state().name(), proposal.proposedBy(),
                proposal.proposedAt().toString(), proposal.decidedBy().orElse(null),
                proposal.decidedAt().map(Object::toString).orElse(null), proposal.decisionNote().orElse(null),
                proposal.editVersion());
    }
}
