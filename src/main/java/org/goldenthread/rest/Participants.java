package org.goldenthread.rest;

import java.util.EnumSet;
import java.util.Set;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.update.Part;
import org.goldenthread.update.Participant;

/**
 * The parts a caller plays in one KPI's update: updater if they own it or are named as an updater; approver if named
 * as its approver, or, where none is named, if they are a head of service; performance team by role.
 */
final class Participants {
    private Participants() {
    }

    static Participant of(Caller caller, KpiDefinition kpi) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        String user = caller.userKey();
        if (kpi.owner().equals(user) || kpi.updaters().contains(user)) {
            parts.add(Part.UPDATER);
        }
        if (kpi.approver().map(user::equals).orElse(caller.has(Role.APPROVER))) {
            parts.add(Part.APPROVER);
        }
        if (caller.has(Role.PERFORMANCE_TEAM)) {
            parts.add(Part.PERFORMANCE_TEAM);
        }
        return new Participant(user, parts);
    }
}
