/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira project role. Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server, ProjectRole); not yet
 * against Jira 11 itself. Only what the app uses is declared.
 */
package com.atlassian.jira.security.roles;

public interface ProjectRole {
    String getName();
}
