package org.goldenthread.jira;

import java.util.Optional;
import org.goldenthread.rest.Role;

/** The project roles Golden Thread gives its projects, and the part each gives its members in the app. */
public enum KpiProjectRole {
    UPDATERS("KPI Updaters", Role.UPDATER),
    PERFORMANCE_TEAM("Performance Team", Role.PERFORMANCE_TEAM),
    APPROVERS("KPI Approvers", Role.APPROVER),
    SCRUTINY("Scrutiny", Role.SCRUTINY);

    private final String roleName;
    private final Role role;

    KpiProjectRole(String roleName, Role role) {
        this.roleName = roleName;
        this.role = role;
    }

    /** The project role's name in Jira. */
    public String roleName() {
        return roleName;
    }

    public Role role() {
        return role;
    }

    public static Optional<KpiProjectRole> named(String name) {
        for (KpiProjectRole candidate : values()) {
            if (candidate.roleName.equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
