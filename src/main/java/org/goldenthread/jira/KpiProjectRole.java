package org.goldenthread.jira;

import org.goldenthread.rest.Role;

/** The project roles Golden Thread gives its projects, and the part each gives its members in the app. */
public enum KpiProjectRole {
    UPDATERS("KPI Updaters", Role.UPDATER, "Enter the figures and commentary of the KPIs they update"),
    PERFORMANCE_TEAM("Performance Team", Role.PERFORMANCE_TEAM,
            "Define KPIs and targets, verify and publish updates, and run the quarterly cycle"),
    APPROVERS("KPI Approvers", Role.APPROVER, "Sign off the updates of the KPIs they approve"),
    SCRUTINY("Scrutiny", Role.SCRUTINY, "Elected members: read published figures and action plans");

    private final String roleName;
    private final Role role;
    private final String description;

    KpiProjectRole(String roleName, Role role, String description) {
        this.roleName = roleName;
        this.role = role;
        this.description = description;
    }

    /** What the role does, as Jira's project role screen shows it. */
    public String description() {
        return description;
    }

    /** The project role's name in Jira. */
    public String roleName() {
        return roleName;
    }

    public Role role() {
        return role;
    }
}
