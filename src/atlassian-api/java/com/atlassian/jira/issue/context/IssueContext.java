/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Where a custom field applies: a project and issue type, either possibly all. Checked against the Jira 6.3.15
 * source (turgaycelik/mysource, jira-api); not yet against Jira 11. Only getProjectId is declared.
 */
package com.atlassian.jira.issue.context;

public interface IssueContext {
    /** The project, or null for all projects. */
    Long getProjectId();
}
