package org.goldenthread.rest;

import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.update.UpdateState;
import org.goldenthread.update.ValueVisibility;

/** Whether a caller may see a period's figure, given the update's state and the caller's part in it. */
final class FigureRelease {
    static final String PUBLISHED = UpdateState.PUBLISHED.name();

    private FigureRelease() {
    }

    static boolean visible(Caller caller, KpiDefinition kpi, String updateState) {
        return ValueVisibility.visible(UpdateState.valueOf(updateState), Participants.of(caller, kpi).parts(),
                caller.isStaff());
    }
}
