/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira project role. Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server, ProjectRole); not yet
 * against Jira 11 itself. Every method is declared, as the app implements it to ask for a new role: the interface has
 * had these three from Jira 6 to 8.
 */
package com.atlassian.jira.security.roles;

public interface ProjectRole {
    Long getId();

    String getName();

    String getDescription();
}
