/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The workflow class Jira builds a workflow from a descriptor with, before creating it. It is in jira-core, not
 * jira-api; the constructor is checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-core),
 * blackducksoftware/blackduck-jira (Jira 7.4) and atlascommunity/jira-plugins-groovy (Jira 8.13); not yet against
 * Jira 11. The real class extends AbstractJiraWorkflow; this stand-in keeps the name and descriptor.
 */
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

public class ConfigurableJiraWorkflow implements JiraWorkflow {
    private final String name;
    private final WorkflowDescriptor descriptor;

    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor workflowDescriptor,
                                    WorkflowManager workflowManager) {
        this.name = name;
        this.descriptor = workflowDescriptor;
    }

    @Override
    public String getName() {
        return name;
    }

    public WorkflowDescriptor getDescriptor() {
        return descriptor;
    }
}
