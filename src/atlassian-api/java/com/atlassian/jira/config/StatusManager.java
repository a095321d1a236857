/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's workflow statuses. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/config/StatusManager.java; createStatus with a category since 6.1) and the
 * Jira API javadoc; not yet against Jira 11 itself, where the icon URL parameter is the shape to check first. Only the
 * methods the app calls are declared.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Collection;

public interface StatusManager {
    Collection<Status> getStatuses();

    /** The name must be unique and the icon URL not blank. */
    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);
}
