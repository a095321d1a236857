/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The marker a workflow-function module's class= factory implements. Checked against the Jira 7.0.8 javadoc
 * (docs.atlassian.com/jira/7.0.8, com.atlassian.jira.plugin.workflow) and against jira-api 11.0.0 through
 * atlassian-labs/atlassian-slack-integration-server's SlackPostFunctionFactory.
 */
package com.atlassian.jira.plugin.workflow;

public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
