package org.goldenthread.rest;

/** What a caller may do in Golden Thread, whatever the host calls the group or project role that grants it. */
public enum Role {
    /** Enters figures and commentary for the KPIs they update. */
    UPDATER,
    /** Verifies and publishes, imports, and sees every KPI's figures in every state. */
    PERFORMANCE_TEAM,
    /** Signs off the KPIs they approve. */
    APPROVER,
    /** Elected members: published figures and action plans, read only. */
    SCRUTINY,
    /** Administers the app's settings. */
    ADMINISTRATOR
}
