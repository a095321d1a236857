/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira user. Checked against the Jira 7.0 API javadoc (docs.atlassian.com/jira/7.0.0, ApplicationUser) and its use
 * against jira-api 11.0.0 in atlassian-labs/atlassian-slack-integration-server. Only the methods the app calls are
 * declared (the real interface also extends java.security.Principal).
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    /** The user's key, which a rename or anonymisation leaves as it is. */
    String getKey();

    /** The name the user signs in with, which Jira's issue fields such as the assignee take. */
    String getUsername();

    boolean isActive();
}
