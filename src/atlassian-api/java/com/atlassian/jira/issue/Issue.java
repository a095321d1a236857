/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira issue. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server, whose
 * web/rest/SlackMessageResource.java implements it with @Override (getCustomFieldValue included). Only the methods the
 * app calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import java.util.Collection;

public interface Issue {
    Long getId();

    /** The issue's key, such as WASTE-12. */
    String getKey();

    String getSummary();

    Project getProjectObject();

    /** The issue's sub-tasks. */
    Collection<Issue> getSubTaskObjects();

    /** The field's value on the issue: a Double for a number field, a String for text, an Option for a select. */
    Object getCustomFieldValue(CustomField customField);
}
