package org.goldenthread.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Callers;
import org.goldenthread.rest.IssueAccess;
import org.goldenthread.rest.Role;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.Repositories;

/**
 * Who is calling in Jira: the signed-in user, by their user key, with the parts their Jira gives them. Jira
 * administrators administer the app; the project roles of the projects Golden Thread is enabled on (KPI Updaters,
 * Performance Team, KPI Approvers, Scrutiny) give the other parts. A KPI with an issue exists for a caller only if
 * they may browse that issue, its issue security included. A deactivated user is no caller at all.
 */
@JiraComponent
public class JiraCallers implements Callers {
    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;
    private final ProjectRoleManager projectRoles;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final IssueManager issues;
    private final EnabledProjects enabled;

    @Inject
    public JiraCallers(@JiraImport JiraAuthenticationContext authentication,
                       @JiraImport GlobalPermissionManager globalPermissions,
                       @JiraImport ProjectRoleManager projectRoles, @JiraImport ProjectManager projects,
                       @JiraImport PermissionManager permissions, @JiraImport IssueManager issues,
                       Repositories store) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.globalPermissions = Objects.requireNonNull(globalPermissions, "globalPermissions");
        this.projectRoles = Objects.requireNonNull(projectRoles, "projectRoles");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.enabled = store.enabledProjects();
    }

    /** Jira authenticates the request before it reaches the app, so its context, not the request's, says who. */
    @Override
    public Optional<Caller> find(SecurityContext security) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || !user.isActive()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getKey(), roles(user), browsable(user)));
    }

    /** An issue deleted in Jira leaves its KPI to Golden Thread's own checks, until the KPI's issue is made again. */
    private IssueAccess browsable(ApplicationUser user) {
        return issueId -> {
            Issue issue = issues.getIssueObject(issueId);
            return issue == null || permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
        };
    }

    private Set<Role> roles(ApplicationUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            roles.add(Role.ADMINISTRATOR);
        }
        List<Project> golden = goldenThreadProjects();
        for (KpiProjectRole kpiRole : KpiProjectRole.values()) {
            ProjectRole projectRole = projectRoles.getProjectRole(kpiRole.roleName());
            if (projectRole != null && golden.stream()
                    .anyMatch(project -> projectRoles.isUserInProjectRole(user, projectRole, project))) {
                roles.add(kpiRole.role());
            }
        }
        return roles;
    }

    /** The enabled projects Jira still has; one deleted since it was enabled gives no one any part. */
    private List<Project> goldenThreadProjects() {
        List<Project> found = new ArrayList<>();
        for (EnabledProjects.EnabledProject project : enabled.all()) {
            Project jiraProject = projects.getProjectObj(project.projectId());
            if (jiraProject != null) {
                found.add(jiraProject);
            }
        }
        return found;
    }
}
