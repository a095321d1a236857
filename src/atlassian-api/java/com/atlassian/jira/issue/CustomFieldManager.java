/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's custom fields. Jira 11 has it and getCustomFieldObjectsByName (atlassian-labs/atlassian-slack-integration-server
 * imports it against jira-api 11.0.0; codescape/jira-multiple-subtasks calls getCustomFieldObjectsByName against
 * 11.3). The other methods are checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api) and against
 * plugins compiled for Jira 8.1 and 8.13 (gnl42/jira-testkit, atlascommunity/jira-plugins-groovy); not yet against
 * Jira 11. createCustomField has had this one overload, with this erasure, from 6.3 to 8.13.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

public interface CustomFieldManager {
    /** Every custom field of that name; names are not unique in Jira. */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    /** A field with one configuration scheme whose contexts are those given, for the issue types given. */
    CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;

    /** A type by its complete key, e.g. com.atlassian.jira.plugin.system.customfieldtypes:float; null if none. */
    CustomFieldType<?, ?> getCustomFieldType(String key);

    /** A searcher by its complete key; null if none. */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /** Reloads the field's configuration schemes after they change. */
    void refreshConfigurationSchemes(Long customFieldId);
}
