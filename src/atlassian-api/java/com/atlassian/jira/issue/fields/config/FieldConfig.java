/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The configuration of a custom field in one context: what a select list's options belong to. Checked against the
 * Jira 6.3.15 source (turgaycelik/mysource, jira-api); not yet against Jira 11.
 */
package com.atlassian.jira.issue.fields.config;

public interface FieldConfig {
    Long getId();
}
