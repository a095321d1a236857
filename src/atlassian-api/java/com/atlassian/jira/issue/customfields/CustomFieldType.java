/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A kind of custom field (number, text, select...). Checked against the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-api); not yet against Jira 11. Only the method the app calls is declared.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {
    /** The complete module key, e.g. com.atlassian.jira.plugin.system.customfieldtypes:select. */
    String getKey();
}
