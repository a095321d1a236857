/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A screen: named tabs of fields. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and gnl42/jira-testkit,
 * compiled against Jira 8.1; not yet against Jira 11. Only the methods the app calls are declared, and setId, which
 * Jira's screen manager calls on a screen it creates.
 */
package com.atlassian.jira.issue.fields.screen;

import java.util.List;

public interface FieldScreen {
    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    void setDescription(String description);

    List<FieldScreenTab> getTabs();

    /** Adds a tab at the end, and stores the screen. */
    FieldScreenTab addTab(String tabName);

    boolean containsField(String fieldId);

    /** Creates the screen if it is new, or saves its changes. */
    void store();
}
