package org.goldenthread.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory Jira behind the managers the app declares, behaving as Jira does where the app relies on it: an
 * unknown role or project is null, a null user is in no role and has no permission, and only administrators hold
 * ADMINISTER. Jira itself cannot run here.
 */
final class FakeJira implements JiraAuthenticationContext, GlobalPermissionManager, ProjectRoleManager,
        ProjectManager {
    private record User(String key, boolean active) implements ApplicationUser {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public boolean isActive() {
            return active;
        }
    }

    private record FakeProject(Long id, String key) implements Project {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }
    }

    private record Role(String name) implements ProjectRole {
        @Override
        public String getName() {
            return name;
        }
    }

    private final Map<String, User> users = new HashMap<>();
    private final Set<String> administrators = new HashSet<>();
    private final Map<Long, FakeProject> projects = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Set<String> memberships = new HashSet<>();
    private volatile User signedIn;

    FakeJira user(String key) {
        users.put(key, new User(key, true));
        return this;
    }

    FakeJira deactivated(String key) {
        users.put(key, new User(key, false));
        return this;
    }

    FakeJira administrator(String key) {
        user(key);
        administrators.add(key);
        return this;
    }

    FakeJira project(long id, String key) {
        projects.put(id, new FakeProject(id, key));
        return this;
    }

    FakeJira deleteProject(long id) {
        projects.remove(id);
        return this;
    }

    FakeJira role(String name) {
        roles.put(name, new Role(name));
        return this;
    }

    /** Puts the user in the project role on the project; the role must exist, as Jira's role screens require. */
    FakeJira member(String user, String role, long project) {
        if (!roles.containsKey(role) || !projects.containsKey(project) || !users.containsKey(user)) {
            throw new IllegalArgumentException("no such role, project or user: " + role + ", " + project + ", " + user);
        }
        memberships.add(membership(user, role, project));
        return this;
    }

    FakeJira signIn(String key) {
        signedIn = users.get(key);
        return this;
    }

    FakeJira signOut() {
        signedIn = null;
        return this;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return signedIn;
    }

    @Override
    public boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user) {
        return user != null && globalPermissionKey.getKey().equals(GlobalPermissionKey.ADMINISTER.getKey())
                && administrators.contains(user.getKey());
    }

    @Override
    public ProjectRole getProjectRole(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("ProjectRole can not be found with a null name");
        }
        return roles.get(name);
    }

    @Override
    public boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project) {
        if (project == null || project.getId() == null) {
            throw new IllegalArgumentException("Mandatory project can not be null");
        }
        return user != null && memberships.contains(membership(user.getKey(), projectRole.getName(),
                project.getId()));
    }

    @Override
    public Project getProjectObj(Long id) {
        return projects.get(id);
    }

    private static String membership(String user, String role, long project) {
        return user + "\n" + role + "\n" + project;
    }
}
