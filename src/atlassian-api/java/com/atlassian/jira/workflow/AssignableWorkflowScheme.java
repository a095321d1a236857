/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A workflow scheme a project can use. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api),
 * blackducksoftware/blackduck-jira (Jira 7.4) and atlascommunity/jira-plugins-groovy (Jira 8.13); not yet against
 * Jira 11.
 */
package com.atlassian.jira.workflow;

public interface AssignableWorkflowScheme extends WorkflowScheme {
    /** How a scheme a project can use is built. */
    interface Builder extends WorkflowScheme.Builder<Builder> {
        Builder setName(String name);

        Builder setDescription(String description);

        AssignableWorkflowScheme build();
    }
}
