package org.goldenthread.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-memory Jira behind the managers the app declares, behaving as Jira does where the app relies on it: an
 * unknown role, project or status category is null, a null user is in no role and has no permission, only
 * administrators hold ADMINISTER, a role, status or issue type name is unique (case aside), a new issue type needs an
 * icon, a new role, status or issue gets the next id, the issue service refuses an issue without a summary, project
 * or known issue type, and one it cannot find, with its reasons, and a link
 * type name is not checked (Jira's manager leaves that to its caller), and the cluster lock is one lock. Jira itself
 * cannot run here.
 */
final class FakeJira implements JiraAuthenticationContext, GlobalPermissionManager, ProjectRoleManager,
        ProjectManager, StatusManager, StatusCategoryManager, IssueLinkTypeManager, ClusterLockService,
        IssueTypeManager, SubTaskManager, IssueService, IssueManager, UserManager, DateFieldFormat,
        CustomFieldManager {
    private record User(String key, boolean active) implements ApplicationUser {
        @Override
        public String getKey() {
            return key;
        }

        /** The workbench's people sign in by their key; Jira's own may have another name, here "name-" and key. */
        @Override
        public String getUsername() {
            return "name-" + key;
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

    private record Role(Long id, String name, String description) implements ProjectRole {
        @Override
        public Long getId() {
            return id;
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

    private record Icon(Long id) implements Avatar {
        @Override
        public Long getId() {
            return id;
        }
    }

    private record Type(String id, String name, boolean subTask, Avatar icon) implements IssueType {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isSubTask() {
            return subTask;
        }

        @Override
        public Avatar getAvatar() {
            return icon;
        }
    }

    /** An issue as the fake keeps it, with its parent's id if it is a sub-task, and the Jira it is in. */
    record FakeIssue(Long id, Long projectId, String typeId, String summary, String description, String assignee,
                     String dueDate, Long parentId, FakeJira jira) implements MutableIssue {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getSummary() {
            return summary;
        }

        @Override
        public Project getProjectObject() {
            return jira.getProjectObj(projectId);
        }

        @Override
        public Collection<Issue> getSubTaskObjects() {
            return jira.issues.values().stream().filter(issue -> id.equals(issue.parentId()))
                    .map(Issue.class::cast).toList();
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return jira.fieldValues.getOrDefault(id, Map.of()).get(customField.getId());
        }
    }

    private record Field(String id, String name) implements CustomField {
        @Override
        public String getId() {
            return id;
        }
    }

    /** A select list's option, as a select field's value is. */
    record SelectOption(String value) implements Option {
        @Override
        public String getValue() {
            return value;
        }
    }

    /** The fields of an issue to create or change, as the issue service is given them. */
    private static final class Inputs implements IssueInputParameters {
        private Long projectId;
        private String typeId;
        private String summary;
        private String description;
        private String assignee;
        private String dueDate;
        private boolean skipScreenCheck;

        @Override
        public IssueInputParameters setAssigneeId(String assigneeId) {
            this.assignee = assigneeId;
            return this;
        }

        @Override
        public IssueInputParameters setDueDate(String dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        @Override
        public void setSkipScreenCheck(boolean skipScreenCheck) {
            this.skipScreenCheck = skipScreenCheck;
        }

        @Override
        public IssueInputParameters setProjectId(Long projectId) {
            this.projectId = projectId;
            return this;
        }

        @Override
        public IssueInputParameters setIssueTypeId(String issueTypeId) {
            this.typeId = issueTypeId;
            return this;
        }

        @Override
        public IssueInputParameters setSummary(String summary) {
            this.summary = summary;
            return this;
        }

        @Override
        public IssueInputParameters setDescription(String description) {
            this.description = description;
            return this;
        }
    }

    private record Errors(Map<String, String> byField, List<String> messages) implements ErrorCollection {
        @Override
        public Map<String, String> getErrors() {
            return byField;
        }

        @Override
        public Collection<String> getErrorMessages() {
            return messages;
        }

        @Override
        public boolean hasAnyErrors() {
            return !byField.isEmpty() || !messages.isEmpty();
        }
    }

    private record Category(String key) implements StatusCategory {
        @Override
        public String getKey() {
            return key;
        }
    }

    private record FakeStatus(String id, String name, StatusCategory category) implements Status {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public StatusCategory getStatusCategory() {
            return category;
        }
    }

    private record LinkType(String name, String outward, String inward) implements IssueLinkType {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getOutward() {
            return outward;
        }

        @Override
        public String getInward() {
            return inward;
        }
    }

    private static final DateTimeFormatter DATE_PICKER = DateTimeFormatter.ofPattern("d/MMM/yy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Map<String, User> users = new HashMap<>();
    private final Set<String> administrators = new HashSet<>();
    private final Map<Long, FakeProject> projects = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Set<String> memberships = new HashSet<>();
    private final List<FakeStatus> statuses = new ArrayList<>(List.of(
            new FakeStatus("1", "Open", new Category("new")), new FakeStatus("3", "In Progress",
                    new Category("indeterminate")), new FakeStatus("6", "Closed", new Category("done"))));
    private final List<LinkType> linkTypes = new ArrayList<>(List.of(new LinkType("Blocks", "blocks",
            "is blocked by")));
    private final List<Type> issueTypes = new ArrayList<>(List.of(new Type("3", "Task", false, new Icon(10318L)),
            new Type("1", "Bug", false, new Icon(10303L)), new Type("5", "Sub-task", true, new Icon(10316L))));
    private boolean subTasksEnabled = true;
    private final Map<Long, FakeIssue> issues = new HashMap<>();
    private final List<Field> customFields = new ArrayList<>();
    private final Map<Long, Map<String, Object>> fieldValues = new HashMap<>();
    private final ReentrantLock clusterLock = new ReentrantLock();
    private final List<String> locksTaken = new ArrayList<>();
    private long nextId = 10_000;
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
        roles.put(name, new Role(nextId++, name, ""));
        return this;
    }

    FakeJira status(String name, String categoryKey) {
        createStatus(name, "", "/images/icons/statuses/generic.png", getStatusCategoryByKey(categoryKey));
        return this;
    }

    FakeJira linkType(String name, String outward, String inward) {
        createIssueLinkType(name, outward, inward, null);
        return this;
    }

    FakeJira issueType(String name, boolean subTask) {
        issueTypes.add(new Type(String.valueOf(nextId++), name, subTask, new Icon(10318L)));
        return this;
    }

    /** Adds a custom field of that name; names need not be unique, as in Jira. */
    FakeJira customField(String name) {
        customFields.add(new Field("customfield_" + nextId++, name));
        return this;
    }

    /** The id of the first custom field of that name. */
    String customFieldId(String name) {
        return getCustomFieldObjectsByName(name).iterator().next().getId();
    }

    /** Sets the issue's value for the first custom field of that name; null clears it. */
    FakeJira fieldValue(long issueId, String fieldName, Object value) {
        Map<String, Object> values = fieldValues.computeIfAbsent(issueId, id -> new HashMap<>());
        if (value == null) {
            values.remove(customFieldId(fieldName));
        } else {
            values.put(customFieldId(fieldName), value);
        }
        return this;
    }

    FakeJira subTasksOff() {
        subTasksEnabled = false;
        return this;
    }

    /** Each issue type's name, with "(sub-task)" after a sub-task's, and the icon it has. */
    List<String> issueTypeNames() {
        return issueTypes.stream().map(type -> type.name() + (type.subTask() ? " (sub-task)" : "") + " "
                + type.icon().getId()).toList();
    }

    List<String> statusNames() {
        return statuses.stream().map(FakeStatus::name).toList();
    }

    List<String> roleNames() {
        return roles.keySet().stream().sorted().toList();
    }

    int linkTypeCount() {
        return linkTypes.size();
    }

    /** The names of the cluster locks taken so far, in order. */
    List<String> locksTaken() {
        return locksTaken;
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
    public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
        return customFields.stream().filter(field -> field.name().equals(customFieldName))
                .map(CustomField.class::cast).toList();
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

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projects.values().stream().filter(project -> project.getKey().equals(projectKey)).findFirst()
                .orElse(null);
    }

    @Override
    public ProjectRole createRole(ProjectRole projectRole) {
        if (roles.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(projectRole.getName()))) {
            throw new IllegalArgumentException("A project role with the provided name: " + projectRole.getName()
                    + ", already exists in the system.");
        }
        Role role = new Role(nextId++, projectRole.getName(), projectRole.getDescription());
        roles.put(role.name(), role);
        return role;
    }

    @Override
    public Collection<IssueType> getIssueTypes() {
        return List.copyOf(issueTypes);
    }

    @Override
    public IssueType createIssueType(String name, String description, Long avatarId) {
        return newIssueType(name, avatarId, false);
    }

    @Override
    public IssueType createSubTaskIssueType(String name, String description, Long avatarId) {
        return newIssueType(name, avatarId, true);
    }

    private IssueType newIssueType(String name, Long avatarId, boolean subTask) {
        if (name == null || name.isBlank() || avatarId == null) {
            throw new IllegalArgumentException("an issue type needs a name and an avatar");
        }
        if (issueTypes.stream().anyMatch(type -> type.name().equalsIgnoreCase(name))) {
            throw new IllegalStateException("An issue type with the name '" + name + "' exists already.");
        }
        Type type = new Type(String.valueOf(nextId++), name, subTask, new Icon(avatarId));
        issueTypes.add(type);
        return type;
    }

    /** The issues Jira holds, by id. */
    Map<Long, FakeIssue> issues() {
        return issues;
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new Inputs();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters) {
        Inputs in = (Inputs) issueInputParameters;
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.summary == null || in.summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        if (in.projectId == null || !projects.containsKey(in.projectId)) {
            errors.put("pid", "You must specify a valid project.");
        }
        if (issueTypes.stream().noneMatch(type -> type.id().equals(in.typeId))) {
            errors.put("issuetype", "The issue type selected is invalid.");
        }
        if (in.assignee != null && users.values().stream().noneMatch(u -> u.getUsername().equals(in.assignee))) {
            errors.put("assignee", "User '" + in.assignee + "' does not exist.");
        }
        if ((in.assignee != null || in.dueDate != null) && !in.skipScreenCheck) {
            errors.put("duedate", "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.");
        }
        if (in.dueDate != null) {
            try {
                DATE_PICKER.parse(in.dueDate);
            } catch (DateTimeParseException e) {
                errors.put("duedate", "You did not enter a valid date. Please enter the date in the format "
                        + "\"d/MMM/yy\", eg. \"5/Dec/26\"");
            }
        }
        FakeIssue issue = new FakeIssue(null, in.projectId, in.typeId, in.summary, in.description, in.assignee,
                in.dueDate, null, this);
        return new CreateValidationResult(issue, new Errors(errors, List.of()), Map.of());
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult) {
        FakeIssue asked = (FakeIssue) createValidationResult.getIssue();
        FakeIssue issue = new FakeIssue(nextId++, asked.projectId(), asked.typeId(), asked.summary(),
                asked.description(), asked.assignee(), asked.dueDate(), null, this);
        issues.put(issue.id(), issue);
        return new IssueResult(issue, new Errors(Map.of(), List.of()));
    }

    @Override
    public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId,
                                                 IssueInputParameters issueInputParameters) {
        Inputs in = (Inputs) issueInputParameters;
        FakeIssue found = issues.get(issueId);
        if (found == null) {
            return new UpdateValidationResult(null, new Errors(Map.of(), List.of("The issue no longer exists.")),
                    Map.of());
        }
        return new UpdateValidationResult(new FakeIssue(issueId, found.projectId(), found.typeId(),
                in.summary == null ? found.summary() : in.summary,
                in.description == null ? found.description() : in.description, found.assignee(), found.dueDate(),
                found.parentId(), this), new Errors(Map.of(), List.of()), Map.of());
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult) {
        FakeIssue issue = (FakeIssue) updateValidationResult.getIssue();
        issues.put(issue.id(), issue);
        return new IssueResult(issue, new Errors(Map.of(), List.of()));
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return issues.get(id);
    }

    /** Jira checks a sub-task's fields as an issue's, and needs its parent to exist. */
    @Override
    public CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
                                                        IssueInputParameters issueInputParameters) {
        CreateValidationResult checked = validateCreate(user, issueInputParameters);
        if (!issues.containsKey(parentId)) {
            return new CreateValidationResult(checked.getIssue(), new Errors(Map.of(),
                    List.of("The parent issue does not exist.")), Map.of());
        }
        return checked;
    }

    /** Links the sub-task to its parent; as in Jira, linking twice makes a second link. */
    @Override
    public void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser) {
        FakeIssue subTask = issues.get(subTaskIssue.getId());
        if (subTask.parentId() != null) {
            throw new IllegalStateException(subTask.id() + " is linked to a parent twice");
        }
        issues.put(subTask.id(), new FakeIssue(subTask.id(), subTask.projectId(), subTask.typeId(),
                subTask.summary(), subTask.description(), subTask.assignee(), subTask.dueDate(), parentIssue.getId(),
                this));
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return users.get(userKey);
    }

    /** Jira's default date-picker format, in the UK and in UK time. */
    @Override
    public String formatDatePicker(Date date) {
        return DATE_PICKER.format(date.toInstant());
    }

    @Override
    public boolean isSubTasksEnabled() {
        return subTasksEnabled;
    }

    @Override
    public Collection<Status> getStatuses() {
        return List.copyOf(statuses);
    }

    @Override
    public Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory) {
        if (name == null || name.isBlank() || iconUrl == null || iconUrl.isBlank() || statusCategory == null) {
            throw new IllegalArgumentException("a status needs a name, an icon URL and a category");
        }
        if (statuses.stream().anyMatch(status -> status.name().equalsIgnoreCase(name))) {
            throw new IllegalStateException("Cannot create status " + name + ": the name is in use");
        }
        FakeStatus status = new FakeStatus(String.valueOf(nextId++), name, statusCategory);
        statuses.add(status);
        return status;
    }

    @Override
    public StatusCategory getStatusCategoryByKey(String key) {
        return Set.of("new", "indeterminate", "done").contains(key) ? new Category(key) : null;
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return linkTypes.stream().filter(type -> type.name().equals(name)).map(IssueLinkType.class::cast).toList();
    }

    @Override
    public void createIssueLinkType(String name, String outward, String inward, String style) {
        linkTypes.add(new LinkType(name, outward, inward));
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        return new ClusterLock() {
            @Override
            public void lock() {
                clusterLock.lock();
                locksTaken.add(lockName);
            }

            @Override
            public void lockInterruptibly() throws InterruptedException {
                clusterLock.lockInterruptibly();
            }

            @Override
            public boolean tryLock() {
                return clusterLock.tryLock();
            }

            @Override
            public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
                return clusterLock.tryLock(time, unit);
            }

            @Override
            public void unlock() {
                clusterLock.unlock();
            }

            @Override
            public Condition newCondition() {
                throw new UnsupportedOperationException("cluster locks have no conditions");
            }
        };
    }

    private static String membership(String user, String role, long project) {
        return user + "\n" + role + "\n" + project;
    }
}
