/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Jira's project roles. Checked against the Jira 8.22.4 API javadoc (docs.atlassian.com/jira/8.22.4,
 * DefaultProjectRoleManager) and the jira-api source of Jira 6.3.15 (turgaycelik/mysource, ProjectRoleManager.java,
 * ApplicationUser forms); not yet against Jira 11 itself. Only the methods the app calls are declared.
 */
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface ProjectRoleManager {
    /** The role of that name, or null if Jira has none. */
    ProjectRole getProjectRole(String name);

    /** False for a null user. */
    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);

    /** Saves a new role from the name and description of the one given; answers it as saved, with its id. */
    ProjectRole createRole(ProjectRole projectRole);
}
