/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's fields. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api); not yet against Jira 11.
 * Only refresh is declared, which Jira's own context administration calls after changing a field's contexts.
 */
package com.atlassian.jira.issue.fields;

public interface FieldManager {
    void refresh();
}
