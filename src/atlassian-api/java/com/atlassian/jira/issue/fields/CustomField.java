/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira custom field. getId() is checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server
 * (JiraPostFunctionEventRenderer calls it); the rest against the Jira 6.3.15 source (turgaycelik/mysource, jira-api)
 * and gnl42/jira-testkit, compiled against Jira 8.1. Of its super-interfaces only ConfigurableField is declared.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

public interface CustomField extends ConfigurableField {
    /** The field's id as workflows and field errors name it, e.g. "customfield_10010". */
    String getId();

    Long getIdAsLong();

    /** Its contexts: each scheme applies it to some projects (or all) with a configuration of its own. */
    List<FieldConfigScheme> getConfigurationSchemes();

    CustomFieldType<?, ?> getCustomFieldType();
}
