/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira issue. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server, whose
 * web/rest/SlackMessageResource.java implements it with @Override. Only the method the app calls is declared.
 */
package com.atlassian.jira.issue;

public interface Issue {
    Long getId();
}
