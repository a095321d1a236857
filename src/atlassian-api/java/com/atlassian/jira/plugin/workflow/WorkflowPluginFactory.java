/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * What a workflow module's class= factory does: the parameters its view, input and edit templates are given, and
 * the descriptor arguments a submitted form becomes. Checked against the Jira 4.0 javadoc (docs.atlassian.com/jira,
 * com.atlassian.jira.plugin.workflow.WorkflowPluginFactory) and, for Jira 11, against
 * atlassian-labs/atlassian-slack-integration-server, whose SlackPostFunctionFactory implements it against jira-api
 * 11.0.0 through AbstractWorkflowPluginFactory and overrides getDescriptorParams(Map<String, Object>).
 */
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

public interface WorkflowPluginFactory {
    /** resourceName is "view", "input-parameters" or "edit-parameters"; the descriptor is null for input. */
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    /** Form values arrive as String arrays. */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
