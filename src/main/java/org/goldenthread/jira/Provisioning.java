package org.goldenthread.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.jira.ProvisioningPlan.Action;
import org.goldenthread.jira.ProvisioningPlan.Item;
import org.goldenthread.jira.ProvisioningPlan.Kind;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.Repositories;

/**
 * Enables Golden Thread on a Jira project: its issue types, the statuses of the quarterly update, its custom fields,
 * the quarterly update workflow with its screens and the project's workflow scheme, the action plan link type and the
 * project roles, each found by name and reused if Jira has it, created if not, and the project recorded
 * as enabled. A new issue type borrows the icon of one of Jira's own of the same kind.
 * It runs under a cluster-wide lock and plans again inside it, so two administrators on two nodes create nothing
 * twice, and running it again creates nothing new.
 */
@JiraComponent
public class Provisioning {
    static final String LOCK = "org.goldenthread.provisioning";
    /** Jira asks every status for an icon, though its screens show the category colour instead. */
    static final String STATUS_ICON = "/images/icons/statuses/generic.png";

    private final IssueTypeManager issueTypes;
    private final SubTaskManager subTasks;
    private final StatusManager statuses;
    private final StatusCategoryManager categories;
    private final IssueLinkTypeManager linkTypes;
    private final ProjectRoleManager roles;
    private final ProjectManager projects;
    private final ClusterLockService locks;
    private final CustomFieldProvisioning fields;
    private final WorkflowProvisioning workflows;
    private final EnabledProjects enabled;

    @Inject
    public Provisioning(@JiraImport IssueTypeManager issueTypes, @JiraImport SubTaskManager subTasks,
                        @JiraImport StatusManager statuses, @JiraImport StatusCategoryManager categories,
                        @JiraImport IssueLinkTypeManager linkTypes, @JiraImport ProjectRoleManager roles,
                        @JiraImport ProjectManager projects, @JiraImport ClusterLockService locks,
                        CustomFieldProvisioning fields, WorkflowProvisioning workflows, Repositories store) {
        this.issueTypes = issueTypes;
        this.subTasks = subTasks;
        this.statuses = statuses;
        this.categories = categories;
        this.linkTypes = linkTypes;
        this.roles = roles;
        this.projects = projects;
        this.locks = locks;
        this.fields = fields;
        this.workflows = workflows;
        this.enabled = store.enabledProjects();
    }

    /** What enabling the project would do now. */
    public ProvisioningPlan plan(String projectKey) {
        List<Item> items = new ArrayList<>();
        Project project = projects.getProjectObjByKey(projectKey);
        items.add(project == null
                ? new Item(Kind.PROJECT, projectKey, Action.CONFLICT, "Jira has no project " + projectKey)
                : new Item(Kind.PROJECT, projectKey, enabled.all().stream()
                        .anyMatch(p -> p.projectId() == project.getId()) ? Action.REUSE : Action.CREATE,
                        "Golden Thread's roles in this project give people their parts in it"));
        items.add(subTasks.isSubTasksEnabled()
                ? new Item(Kind.SUB_TASKS, "Sub-tasks", Action.REUSE, "On, as a KPI Update is a sub-task of its KPI")
                : new Item(Kind.SUB_TASKS, "Sub-tasks", Action.CONFLICT, "Off in Jira: switch them on in Administration"
                        + " → Issues → Sub-tasks first, as a KPI Update is a sub-task of its KPI"));
        for (JiraNeeds.IssueTypeNeed need : JiraNeeds.ISSUE_TYPES) {
            items.add(issueType(need));
        }
        for (JiraNeeds.StatusNeed need : JiraNeeds.STATUSES) {
            items.add(status(need));
        }
        items.addAll(fields.plan(project));
        items.addAll(workflows.plan(project));
        items.add(linkType(JiraNeeds.ACTION_PLAN_LINK));
        for (KpiProjectRole role : KpiProjectRole.values()) {
            items.add(new Item(Kind.PROJECT_ROLE, role.roleName(),
                    roles.getProjectRole(role.roleName()) == null ? Action.CREATE : Action.REUSE,
                    role.description()));
        }
        return new ProvisioningPlan(projectKey, items);
    }

    /**
     * Carries out the plan for the project, unless it has a conflict; answers the plan as carried out. The user is
     * the Jira administrator who asked.
     */
    public ProvisioningPlan enable(String projectKey, String userKey) {
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock();
        try {
            ProvisioningPlan plan = plan(projectKey);
            if (!plan.canRun()) {
                return plan;
            }
            for (Item item : plan.created()) {
                create(item);
            }
            Project project = projects.getProjectObjByKey(projectKey);
            fields.carryOut(project);
            workflows.carryOut(project);
            enabled.enable(project.getId(), project.getKey(), userKey);
            return plan;
        } finally {
            lock.unlock();
        }
    }

    private Item issueType(JiraNeeds.IssueTypeNeed need) {
        String kind = need.subTask() ? "sub-task issue type" : "issue type";
        Optional<IssueType> found = issueTypes.getIssueTypes().stream()
                .filter(type -> type.getName().equalsIgnoreCase(need.name())).findFirst();
        if (found.isPresent()) {
            return found.get().isSubTask() == need.subTask()
                    ? new Item(Kind.ISSUE_TYPE, need.name(), Action.REUSE, "Jira's own " + kind)
                    : new Item(Kind.ISSUE_TYPE, need.name(), Action.CONFLICT, "Jira has an issue type of this name "
                            + "that is " + (need.subTask() ? "not a sub-task" : "a sub-task") + ", but Golden Thread "
                            + "needs a " + kind + ": rename the existing one first");
        }
        return icon(need).isPresent()
                ? new Item(Kind.ISSUE_TYPE, need.name(), Action.CREATE, need.description() + "; it joins Jira's "
                        + "default issue type scheme, and a project with a scheme of its own needs it added there")
                : new Item(Kind.ISSUE_TYPE, need.name(), Action.CONFLICT, "Jira has no " + kind + " with an icon "
                        + "a new one can share: add one first");
    }

    /** The icon of one of Jira's issue types of the same kind, for a new one. */
    private Optional<Long> icon(JiraNeeds.IssueTypeNeed need) {
        return issueTypes.getIssueTypes().stream().filter(type -> type.isSubTask() == need.subTask())
                .map(IssueType::getAvatar).filter(Objects::nonNull).map(Avatar::getId).findFirst();
    }

    private Item status(JiraNeeds.StatusNeed need) {
        Optional<Status> found = statuses.getStatuses().stream()
                .filter(status -> status.getName().equalsIgnoreCase(need.name())).findFirst();
        if (found.isEmpty()) {
            return new Item(Kind.STATUS, need.name(), Action.CREATE, need.description());
        }
        String category = found.get().getStatusCategory().getKey();
        return category.equals(need.categoryKey())
                ? new Item(Kind.STATUS, need.name(), Action.REUSE, "Jira's own, in the same category")
                : new Item(Kind.STATUS, need.name(), Action.CONFLICT, "Jira has a status of this name in the "
                        + category + " category, but the quarterly update needs it in " + need.categoryKey()
                        + ": rename the existing status or change its category first");
    }

    private Item linkType(JiraNeeds.LinkTypeNeed need) {
        List<IssueLinkType> found = List.copyOf(linkTypes.getIssueLinkTypesByName(need.name()));
        if (found.isEmpty()) {
            return new Item(Kind.LINK_TYPE, need.name(), Action.CREATE, need.outward() + " / " + need.inward());
        }
        IssueLinkType existing = found.get(0);
        return existing.getOutward().equals(need.outward()) && existing.getInward().equals(need.inward())
                ? new Item(Kind.LINK_TYPE, need.name(), Action.REUSE, need.outward() + " / " + need.inward())
                : new Item(Kind.LINK_TYPE, need.name(), Action.CONFLICT, "Jira has a link type of this name that "
                        + "reads \"" + existing.getOutward() + " / " + existing.getInward() + "\", not \""
                        + need.outward() + " / " + need.inward() + "\": rename it first");
    }

    private void create(Item item) {
        switch (item.kind()) {
            case ISSUE_TYPE -> {
                JiraNeeds.IssueTypeNeed need = JiraNeeds.ISSUE_TYPES.stream()
                        .filter(type -> type.name().equals(item.name())).findFirst().orElseThrow();
                Long icon = icon(need).orElseThrow();
                if (need.subTask()) {
                    issueTypes.createSubTaskIssueType(need.name(), need.description(), icon);
                } else {
                    issueTypes.createIssueType(need.name(), need.description(), icon);
                }
            }
            case STATUS -> {
                JiraNeeds.StatusNeed need = JiraNeeds.STATUSES.stream()
                        .filter(status -> status.name().equals(item.name())).findFirst().orElseThrow();
                statuses.createStatus(need.name(), need.description(), STATUS_ICON,
                        categories.getStatusCategoryByKey(need.categoryKey()));
            }
            case LINK_TYPE -> linkTypes.createIssueLinkType(JiraNeeds.ACTION_PLAN_LINK.name(),
                    JiraNeeds.ACTION_PLAN_LINK.outward(), JiraNeeds.ACTION_PLAN_LINK.inward(), null);
            case PROJECT_ROLE -> roles.createRole(new NewProjectRole(item.name(), item.detail()));
            case PROJECT, SUB_TASKS, CUSTOM_FIELD, SCREEN, WORKFLOW, WORKFLOW_SCHEME -> {
                // the project is recorded as enabled last, once everything it needs is there; sub-tasks are never
                // switched on here, as that changes every project; custom fields, screens and the workflow follow
                // the issue types and statuses they need
            }
        }
    }

    /** A role to create: Jira reads its name and description and gives it an id. */
    private record NewProjectRole(String name, String description) implements ProjectRole {
        @Override
        public Long getId() {
            return null;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }
    }
}
