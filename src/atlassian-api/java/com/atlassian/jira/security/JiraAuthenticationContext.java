/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's current user. Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/server, ApplicationUser
 * return since Jira 7.0) and its use against jira-api 11.0.0 in atlassian-labs/atlassian-slack-integration-server
 * (jira-slack-server-integration-plugin, web/rest/SlackMessageResource.java). Only the method the app calls is
 * declared.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    /** The signed-in user of the current request, or null for an anonymous one. */
    ApplicationUser getLoggedInUser();
}
