package org.goldenthread.rest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.StoredMeasurement;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.update.UpdateState;
import org.goldenthread.update.UpdateWorkflow;

/**
 * The steps of a period's update a caller may take now, by their part in this KPI and the update's state, so a page
 * offers only those: the workflow still checks everything else when a step is taken. A closed period offers none.
 */
final class UpdateSteps {
    private static final UpdateWorkflow WORKFLOW = new UpdateWorkflow(true);

    private UpdateSteps() {
    }

    static List<String> open(Caller caller, KpiDefinition kpi, Optional<StoredMeasurement> row, boolean closed) {
        if (closed || caller.isPublicReader()) {
            return List.of();
        }
        UpdateState state = row.map(found -> UpdateState.valueOf(found.updateState()))
                .orElse(UpdateState.AWAITING_DATA);
        return Stream.of(UpdateAction.values())
                .filter(action -> action.from().contains(state))
                .filter(action -> WORKFLOW.permission(action, Participants.of(caller, kpi)).isEmpty())
                .map(UpdateAction::apiName).toList();
    }
}
