/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Custom field contexts. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and
 * gnl42/jira-testkit, which calls updateFieldConfigScheme this way against Jira 8.1; not yet against Jira 11.
 */
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.ConfigurableField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

public interface FieldConfigSchemeManager {
    /** Gives the context these contexts (projects) in place of the ones it had. */
    FieldConfigScheme updateFieldConfigScheme(FieldConfigScheme newScheme, List<JiraContextNode> contexts,
                                              ConfigurableField field);
}
