/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's workflow schemes. Jira 11 has it (atlassian-labs/atlassian-slack-integration-server imports it against
 * jira-api 11.0.0); the methods are checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api),
 * blackducksoftware/blackduck-jira's mock of it for Jira 7.4 and gnl42/jira-testkit (Jira 8.1); not yet against
 * Jira 11.
 */
package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeManager;

public interface WorkflowSchemeManager extends SchemeManager {
    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

    /** The scheme the project uses: Jira's default scheme if it has none of its own. */
    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    /** The scheme of that name, or null. */
    AssignableWorkflowScheme getWorkflowSchemeObj(String name);
}
