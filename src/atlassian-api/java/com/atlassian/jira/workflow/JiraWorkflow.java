/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira workflow. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api); not yet against Jira 11. Only getName is
 * declared, of the many methods it has; the real interface is also Comparable.
 */
package com.atlassian.jira.workflow;

public interface JiraWorkflow {
    String getName();
}
