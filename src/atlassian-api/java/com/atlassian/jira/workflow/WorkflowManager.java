/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's workflows. Jira 11 has it (atlassian-labs/atlassian-slack-integration-server imports it against jira-api
 * 11.0.0); the methods are checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api), blackducksoftware/blackduck-jira
 * (Jira 7.4) and atlascommunity/jira-plugins-groovy (Jira 8.13), not yet against Jira 11.
 */
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface WorkflowManager {
    /** The workflow of that name, or null. */
    JiraWorkflow getWorkflow(String name);

    /** The workflow the issue follows, by its project's workflow scheme and its issue type. */
    JiraWorkflow getWorkflow(Issue issue) throws WorkflowException;

    void createWorkflow(ApplicationUser user, JiraWorkflow workflow) throws WorkflowException;
}
