/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A field whose configuration schemes can change. Checked against the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-api), where it extends OrderableField; the app only passes it on, so nothing of it is declared.
 */
package com.atlassian.jira.issue.fields;

public interface ConfigurableField {
}
