/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira custom field. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server
 * (JiraPostFunctionEventRenderer calls getId() on it) and the Jira 6.3.15 source, where getId() comes from Field.
 * Only what the app calls is declared, so none of its super-interfaces are.
 */
package com.atlassian.jira.issue.fields;

public interface CustomField {
    /** The field's id as workflows and field errors name it, e.g. "customfield_10010". */
    String getId();
}
