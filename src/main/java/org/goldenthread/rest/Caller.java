package org.goldenthread.rest;

import java.util.Objects;
import java.util.Set;
import org.goldenthread.measure.KpiDefinition;

/** The authenticated user making a request: the user key the audit records, and the roles the host grants them. */
public record Caller(String userKey, Set<Role> roles) {
    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The owner, an updater or the approver of the KPI, or the performance team. */
    public boolean isResponsibleFor(KpiDefinition kpi) {
        return has(Role.PERFORMANCE_TEAM) || kpi.owner().equals(userKey) || kpi.updaters().contains(userKey)
                || kpi.approver().filter(userKey::equals).isPresent();
    }

    /** Council staff, as opposed to scrutiny members who hold no other role. */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.SCRUTINY);
    }
}
