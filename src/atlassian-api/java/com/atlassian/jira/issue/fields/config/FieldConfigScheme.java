/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A custom field context: the projects it applies to and its configuration. Checked against the Jira 6.3.15 source
 * (turgaycelik/mysource, jira-api) and gnl42/jira-testkit, compiled against Jira 8.1; not yet against Jira 11. Only
 * the methods the app calls are declared.
 */
package com.atlassian.jira.issue.fields.config;

import java.util.List;

public interface FieldConfigScheme {
    Long getId();

    /** The projects of a project-scoped context; empty for a global one. */
    List<Long> getAssociatedProjectIds();

    boolean isGlobal();

    /** The configuration a context with one, such as a select list's options, keeps. */
    FieldConfig getOneAndOnlyConfig();
}
