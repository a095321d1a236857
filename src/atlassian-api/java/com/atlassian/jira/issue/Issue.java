/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira issue. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server, whose
 * web/rest/SlackMessageResource.java implements it with @Override. Only the methods the app calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;
import java.util.Collection;

public interface Issue {
    Long getId();

    String getSummary();

    Project getProjectObject();

    /** The issue's sub-tasks. */
    Collection<Issue> getSubTaskObjects();
}
