/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's screens. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api), blackducksoftware/blackduck-jira's mock of it for
 * Jira 7.4 and gnl42/jira-testkit, compiled against Jira 8.1; not yet against Jira 11.
 */
package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

public interface FieldScreenManager {
    Collection<FieldScreen> getFieldScreens();

    void createFieldScreen(FieldScreen fieldScreen);
}
