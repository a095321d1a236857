/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's project and issue permissions. Checked against jira-api 11.0.0 through
 * atlassian-labs/atlassian-slack-integration-server (PersonalNotificationManager calls
 * hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) and the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-api). For an issue the check includes its issue security level. Only that method is declared.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
