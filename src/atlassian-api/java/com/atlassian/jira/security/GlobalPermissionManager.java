/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's global permissions. Checked against the Jira 7 API javadoc (docs.atlassian.com/jira/latest,
 * GlobalPermissionManager) and its use against jira-api 11.0.0 in atlassian-labs/atlassian-slack-integration-server
 * (web/rest/IssuePanelResource.java). Only the method the app calls is declared.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
