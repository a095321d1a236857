/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A custom field context. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api), where it also
 * extends BandanaContext and Comparable, which the app does not use.
 */
package com.atlassian.jira.issue.context;

public interface JiraContextNode extends IssueContext {
}
