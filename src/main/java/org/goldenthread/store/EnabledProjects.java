package org.goldenthread.store;

import java.time.Instant;
import java.util.List;

/** The Jira projects Golden Thread is enabled on; enabling is audited. */
public interface EnabledProjects {
    /** The audit trail's key for enabling projects, which no KPI key can be. */
    String AUDIT_KEY = "(projects)";

    /** A project as enabled: Jira's id and key for it, who enabled it and when. */
    record EnabledProject(long projectId, String projectKey, String enabledBy, Instant enabledAt) {
    }

    List<EnabledProject> all();

    /** Enables the project, or answers it as already enabled: enabling twice changes nothing. */
    EnabledProject enable(long projectId, String projectKey, String userKey);
}
