/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * How JQL searches a custom field. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api), where it
 * extends IssueSearcher<CustomField>; the app only passes it on, so nothing of it is declared.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldSearcher {
}
