/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A status category: to do, in progress or done. Checked against jira-api 11.0.0 through
 * atlassian-labs/atlassian-slack-integration-server (web/rest/SlackMessageResource.java implements it with
 * @Override). Only the method the app calls is declared.
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    /** {@code new}, {@code indeterminate} or {@code done}. */
    String getKey();
}
