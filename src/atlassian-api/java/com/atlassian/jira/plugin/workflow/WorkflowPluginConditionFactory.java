/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The marker a workflow-condition module's class= factory implements. Checked against the Jira 7.0.8 javadoc
 * (docs.atlassian.com/jira/7.0.8, com.atlassian.jira.plugin.workflow) and the Jira 6.3.15 source; not yet against
 * Jira 11 itself.
 */
package com.atlassian.jira.plugin.workflow;

public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
