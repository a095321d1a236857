/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's sub-tasks. Checked against the jira-api source of Jira 6.3.15 (turgaycelik/mysource,
 * jira-api/src/main/java/com/atlassian/jira/config/SubTaskManager.java) and the Jira 7 API javadoc; the link call as
 * made after creating a sub-task by codescape/jira-multiple-subtasks against Jira 11.3.3. Only the methods the app
 * calls are declared.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface SubTaskManager {
    boolean isSubTasksEnabled();

    /** Makes the issue a sub-task of the parent; each call adds a link, so it is made once per sub-task. */
    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
            throws CreateException;
}
