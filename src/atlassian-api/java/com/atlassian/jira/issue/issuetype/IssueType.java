/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * An issue type. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server, whose
 * web/rest/SlackMessageResource.java implements getId, getName and isSubTask with @Override, and for getAvatar
 * against the Jira 7.1.7 API javadoc (docs.atlassian.com/jira/7.1.7, IssueType). Only the methods the app calls are
 * declared.
 */
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;

public interface IssueType {
    /** A string, as every issue constant's id is. */
    String getId();

    String getName();

    boolean isSubTask();

    /** The type's icon, or null. */
    Avatar getAvatar();
}
