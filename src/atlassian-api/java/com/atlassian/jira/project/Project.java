/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira project. Checked against jira-api 11.0.0 through atlassian-labs/atlassian-slack-integration-server, whose
 * web/rest/SlackMessageResource.java implements it with @Override. Only the methods the app calls are declared.
 */
package com.atlassian.jira.project;

public interface Project {
    Long getId();

    String getKey();
}
