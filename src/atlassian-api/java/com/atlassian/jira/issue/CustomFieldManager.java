/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's custom fields. Jira 11 has it (atlassian-labs/atlassian-slack-integration-server imports it against jira-api
 * 11.0.0); the method is checked against the Jira 6.3.15 source and the Jira 7 javadoc, not yet against Jira 11.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

public interface CustomFieldManager {
    /** Every custom field of that name; names are not unique in Jira. */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
