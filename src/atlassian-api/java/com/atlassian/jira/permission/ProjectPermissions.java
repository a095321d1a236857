/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's system project permissions. BROWSE_PROJECTS is used against jira-api 11.0.0 by
 * atlassian-labs/atlassian-slack-integration-server; checked against the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-api). The constant is not a compile-time constant, so the product's own value is the one used.
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    private ProjectPermissions() {
    }
}
