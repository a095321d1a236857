/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A tab of a screen. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and gnl42/jira-testkit, compiled against
 * Jira 8.1; not yet against Jira 11. Only the methods the app calls are declared.
 */
package com.atlassian.jira.issue.fields.screen;

public interface FieldScreenTab {
    String getName();

    /** Adds the field at the end of the tab, and stores it. */
    void addFieldScreenLayoutItem(String fieldId);

    boolean isContainsField(String fieldId);
}
