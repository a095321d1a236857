/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A workflow status. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server,
 * whose web/rest/SlackMessageResource.java implements it with @Override. Only the methods the app calls are declared.
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
