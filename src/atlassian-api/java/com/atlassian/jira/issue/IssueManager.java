/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's issues. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource, IssueManager.java) and its
 * use against jira-api 11.0.0 in atlassian-labs/atlassian-slack-integration-server
 * (service/notification/impl/CommandEventRenderer.java); getIssueCountForProject against the Jira 6.3.15 source only.
 * Only the methods the app calls are declared.
 */
package com.atlassian.jira.issue;

public interface IssueManager {
    /** The issue with that id, or null if there is none. */
    MutableIssue getIssueObject(Long id);

    /** How many issues the project has: a project with any needs Jira's migration to change its workflow scheme. */
    long getIssueCountForProject(Long projectId);
}
