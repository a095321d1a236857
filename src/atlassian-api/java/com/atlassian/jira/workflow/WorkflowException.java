/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's unchecked workflow exception, which WorkflowManager.createWorkflow throws. Checked against the Jira 6.3.15
 * source (turgaycelik/mysource, jira-api), where it extends RuntimeException.
 */
package com.atlassian.jira.workflow;

public class WorkflowException extends RuntimeException {
    public WorkflowException(String message) {
        super(message);
    }
}
