package org.goldenthread.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.ConfigurableField;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.FieldManager;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowException;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.goldenthread.store.Repositories;
import org.ofbiz.core.entity.GenericEntityException;

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
        CustomFieldManager, FieldConfigSchemeManager, OptionsManager, FieldManager, FieldScreenManager,
        WorkflowManager, WorkflowSchemeManager, IssueLinkManager, PermissionManager {
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
        public String getKey() {
            return jira.getProjectObj(projectId).getKey() + "-" + id;
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

    /** The system custom field types and searchers Jira has, by their keys after the system prefix. */
    private static final Set<String> SYSTEM_TYPES = Set.of("float", "textfield", "textarea", "select",
            "userpicker");
    private static final Set<String> SYSTEM_SEARCHERS = Set.of("exactnumber", "textsearcher",
            "multiselectsearcher", "userpickergroupsearcher");

    private record FieldType(String key) implements CustomFieldType<Object, Object> {
        @Override
        public String getKey() {
            return key;
        }
    }

    private record Searcher(String key) implements CustomFieldSearcher {
    }

    private record Config(Long id) implements FieldConfig {
        @Override
        public Long getId() {
            return id;
        }
    }

    /** A context: the projects it covers, none when it is global, and its one configuration. */
    private static final class Context implements FieldConfigScheme {
        private final Long id;
        private final boolean global;
        private final List<Long> projectIds;
        private final Config config;

        Context(Long id, boolean global, List<Long> projectIds, Config config) {
            this.id = id;
            this.global = global;
            this.projectIds = new ArrayList<>(projectIds);
            this.config = config;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public List<Long> getAssociatedProjectIds() {
            return List.copyOf(projectIds);
        }

        @Override
        public boolean isGlobal() {
            return global;
        }

        @Override
        public FieldConfig getOneAndOnlyConfig() {
            return config;
        }
    }

    /** A custom field with its type, the issue types it is for (none: all) and its contexts. */
    private record Field(Long idAsLong, String name, FieldType type, List<String> issueTypeIds,
                         List<Context> contexts) implements CustomField {
        @Override
        public String getId() {
            return "customfield_" + idAsLong;
        }

        @Override
        public Long getIdAsLong() {
            return idAsLong;
        }

        @Override
        public List<FieldConfigScheme> getConfigurationSchemes() {
            return List.copyOf(contexts);
        }

        @Override
        public CustomFieldType<?, ?> getCustomFieldType() {
            return type;
        }

        boolean appliesTo(FakeIssue issue) {
            return (issueTypeIds.isEmpty() || issueTypeIds.contains(issue.typeId())) && contexts.stream()
                    .anyMatch(context -> context.isGlobal() || context.projectIds.contains(issue.projectId()));
        }
    }

    /** A select list's option, as a select field's value is. */
    record SelectOption(Long id, String value) implements Option {
        @Override
        public Long getOptionId() {
            return id;
        }

        @Override
        public String getValue() {
            return value;
        }
    }

    private static final class ConfigOptions extends ArrayList<Option> implements Options {
        @Override
        public Option getOptionForValue(String value, Long parentOptionId) {
            return parentOptionId != null ? null
                    : stream().filter(option -> option.getValue().equals(value)).findFirst().orElse(null);
        }
    }

    /** A workflow scheme: its name, and its mappings from issue type id to workflow, the null key its default. */
    private record WorkflowSchemeRecord(Long id, String name, Map<String, String> mappings)
            implements AssignableWorkflowScheme {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getActualWorkflow(String issueTypeId) {
            return mappings.getOrDefault(issueTypeId, mappings.getOrDefault(null, JIRA_WORKFLOW));
        }

        @Override
        public Map<String, String> getMappings() {
            return mappings;
        }
    }

    private static final class SchemeBuilder implements AssignableWorkflowScheme.Builder {
        private String name;
        private final Map<String, String> mappings = new HashMap<>();

        @Override
        public AssignableWorkflowScheme.Builder setName(String name) {
            this.name = name;
            return this;
        }

        @Override
        public AssignableWorkflowScheme.Builder setDescription(String description) {
            return this;
        }

        @Override
        public AssignableWorkflowScheme.Builder setMapping(String issueTypeId, String workflowName) {
            mappings.put(issueTypeId, workflowName);
            return this;
        }

        @Override
        public AssignableWorkflowScheme.Builder setMappings(Map<String, String> mappings) {
            this.mappings.clear();
            this.mappings.putAll(mappings);
            return this;
        }

        @Override
        public AssignableWorkflowScheme build() {
            return new WorkflowSchemeRecord(null, name, new HashMap<>(mappings));
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
        private String comment;
        private final Map<Long, String[]> customFieldValues = new LinkedHashMap<>();

        @Override
        public IssueInputParameters setComment(String comment) {
            this.comment = comment;
            return this;
        }

        @Override
        public IssueInputParameters addCustomFieldValue(Long customFieldId, String... values) {
            customFieldValues.put(customFieldId, values);
            return this;
        }

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

    private record LinkType(Long id, String name, String outward, String inward) implements IssueLinkType {
        @Override
        public Long getId() {
            return id;
        }

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

    /** Jira's own workflow, which its default scheme gives every issue type. */
    static final String JIRA_WORKFLOW = "jira";
    private static final String SYSTEM_PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";
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
    private final List<LinkType> linkTypes = new ArrayList<>(List.of(new LinkType(10_000L, "Blocks", "blocks",
            "is blocked by")));
    private final List<Type> issueTypes = new ArrayList<>(List.of(new Type("3", "Task", false, new Icon(10318L)),
            new Type("1", "Bug", false, new Icon(10303L)), new Type("5", "Sub-task", true, new Icon(10316L))));
    private boolean subTasksEnabled = true;
    private final Map<Long, FakeIssue> issues = new HashMap<>();
    private final List<Field> customFields = new ArrayList<>();
    private final Map<Long, ConfigOptions> options = new HashMap<>();
    private final Map<Long, Map<String, Object>> fieldValues = new HashMap<>();
    private final Map<FakeIssue, Map<String, Object>> validatedFieldValues = new IdentityHashMap<>();
    private final List<String> fieldRefreshes = new ArrayList<>();
    private final List<FieldScreen> screens = new ArrayList<>();
    private final Map<String, WorkflowDescriptor> workflows = new LinkedHashMap<>();
    private final List<WorkflowSchemeRecord> workflowSchemes = new ArrayList<>(List.of(
            new WorkflowSchemeRecord(1L, "Default Workflow Scheme", new HashMap<>())));
    private final Map<Long, Long> projectSchemes = new HashMap<>();
    private final List<String> workflowCreators = new ArrayList<>();
    private final Map<String, Object> workflowModules = new HashMap<>();
    private final List<String> issueLinks = new ArrayList<>();
    private final Set<String> failingFunctions = new HashSet<>();
    private final Map<Long, Set<String>> issueSecurity = new HashMap<>();
    private final Map<Long, Integer> issueSteps = new HashMap<>();
    private final Map<TransitionValidationResult, Transition> checkedTransitions = new IdentityHashMap<>();

    /** A transition checked and not yet taken: its action, its variables, and the field values it replaced. */
    private record Transition(ActionDescriptor action, Map<String, Object> variables,
                              Map<String, Object> fieldsBefore) {
    }
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

    /** Adds a global custom field of that name and system type; names need not be unique, as in Jira. */
    FakeJira customField(String name, String type) {
        customFields.add(new Field(nextId++, name, new FieldType(SYSTEM_PREFIX + type), List.of(),
                List.of(new Context(nextId++, true, List.of(), new Config(nextId++)))));
        return this;
    }

    /** The projects each context of the first field of that name covers; "global" for a global one. */
    List<String> contextsOf(String fieldName) {
        return field(fieldName).contexts().stream()
                .map(context -> context.isGlobal() ? "global" : context.projectIds.toString()).toList();
    }

    /** The option values of the first field of that name, context by context. */
    List<List<String>> optionsOf(String fieldName) {
        return field(fieldName).contexts().stream().map(context -> options.getOrDefault(context.config.id(),
                new ConfigOptions()).stream().map(Option::getValue).toList()).toList();
    }

    /** The issue type names a field is for. */
    List<String> issueTypesOf(String fieldName) {
        return field(fieldName).issueTypeIds().stream().map(id -> issueTypes.stream()
                .filter(type -> type.id().equals(id)).findFirst().orElseThrow().name()).toList();
    }

    /** The option of that value in the first context of the first field of that name. */
    SelectOption option(String fieldName, String value) {
        return (SelectOption) options.get(field(fieldName).contexts().get(0).config.id()).getOptionForValue(value,
                null);
    }

    /** The names of the custom fields refreshed after a context changed, in order. */
    List<String> fieldRefreshes() {
        return fieldRefreshes;
    }

    private Field field(String name) {
        return customFields.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
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
    public CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
                                         CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                         List<IssueType> issueTypes) throws GenericEntityException {
        if (fieldName == null || fieldName.isBlank() || !(fieldType instanceof FieldType type)) {
            throw new GenericEntityException("a custom field needs a name and a type");
        }
        boolean global = contexts.stream().anyMatch(context -> context.getProjectId() == null);
        List<Long> projectIds = contexts.stream().map(JiraContextNode::getProjectId)
                .filter(java.util.Objects::nonNull).toList();
        Field field = new Field(nextId++, fieldName, type, issueTypes.stream().map(IssueType::getId).toList(),
                new ArrayList<>(List.of(new Context(nextId++, global, projectIds, new Config(nextId++)))));
        customFields.add(field);
        return field;
    }

    @Override
    public CustomFieldType<?, ?> getCustomFieldType(String key) {
        return key.startsWith(SYSTEM_PREFIX) && SYSTEM_TYPES.contains(key.substring(SYSTEM_PREFIX.length()))
                ? new FieldType(key) : null;
    }

    @Override
    public CustomFieldSearcher getCustomFieldSearcher(String key) {
        return key.startsWith(SYSTEM_PREFIX) && SYSTEM_SEARCHERS.contains(key.substring(SYSTEM_PREFIX.length()))
                ? new Searcher(key) : null;
    }

    @Override
    public void refreshConfigurationSchemes(Long customFieldId) {
        customFields.stream().filter(field -> field.idAsLong().equals(customFieldId)).findFirst()
                .ifPresent(field -> fieldRefreshes.add(field.name()));
    }

    @Override
    public FieldConfigScheme updateFieldConfigScheme(FieldConfigScheme newScheme, List<JiraContextNode> contexts,
                                                     ConfigurableField field) {
        Context context = ((Field) field).contexts().stream().filter(candidate -> candidate.getId()
                .equals(newScheme.getId())).findFirst().orElseThrow();
        context.projectIds.clear();
        contexts.stream().map(JiraContextNode::getProjectId).forEach(context.projectIds::add);
        return context;
    }

    @Override
    public void refresh() {
        fieldRefreshes.add("all fields");
    }

    @Override
    public Collection<FieldScreen> getFieldScreens() {
        return List.copyOf(screens);
    }

    @Override
    public void createFieldScreen(FieldScreen fieldScreen) {
        if (screens.stream().anyMatch(screen -> screen.getName().equals(fieldScreen.getName()))) {
            throw new IllegalStateException("a screen named " + fieldScreen.getName() + " exists already");
        }
        fieldScreen.setId(nextId++);
        screens.add(fieldScreen);
    }

    @Override
    public JiraWorkflow getWorkflow(String name) {
        return workflows.containsKey(name) ? () -> name : null;
    }

    @Override
    public JiraWorkflow getWorkflow(Issue issue) {
        FakeIssue fake = (FakeIssue) issue;
        String name = getWorkflowSchemeObj(getProjectObj(fake.projectId())).getActualWorkflow(fake.typeId());
        return () -> name;
    }

    @Override
    public void createWorkflow(ApplicationUser user, JiraWorkflow workflow) {
        if (workflows.containsKey(workflow.getName())) {
            throw new WorkflowException("A workflow with the name '" + workflow.getName() + "' already exists.");
        }
        workflows.put(workflow.getName(), ((ConfigurableJiraWorkflow) workflow).getDescriptor());
        workflowCreators.add(user == null ? "anonymous" : user.getKey());
    }

    @Override
    public AssignableWorkflowScheme.Builder assignableBuilder() {
        return new SchemeBuilder();
    }

    @Override
    public AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme) {
        if (getWorkflowSchemeObj(workflowScheme.getName()) != null) {
            throw new IllegalStateException("a workflow scheme named " + workflowScheme.getName() + " exists");
        }
        WorkflowSchemeRecord created = new WorkflowSchemeRecord(nextId++, workflowScheme.getName(),
                new HashMap<>(workflowScheme.getMappings()));
        workflowSchemes.add(created);
        return created;
    }

    @Override
    public AssignableWorkflowScheme getWorkflowSchemeObj(Project project) {
        Long id = projectSchemes.getOrDefault(project.getId(), 1L);
        return workflowSchemes.stream().filter(scheme -> scheme.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public AssignableWorkflowScheme getWorkflowSchemeObj(String name) {
        return workflowSchemes.stream().filter(scheme -> scheme.name().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Scheme getSchemeObject(Long id) {
        Scheme scheme = new Scheme();
        scheme.setId(id);
        return scheme;
    }

    @Override
    public void addSchemeToProject(Project project, Scheme scheme) {
        if (projectSchemes.containsKey(project.getId())) {
            throw new IllegalStateException("the project has a workflow scheme: remove it first");
        }
        projectSchemes.put(project.getId(), scheme.getId());
    }

    @Override
    public void removeSchemesFromProject(Project project) {
        projectSchemes.remove(project.getId());
    }

    @Override
    public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                                ApplicationUser remoteUser) throws CreateException {
        Optional<LinkType> type = linkTypes.stream().filter(candidate -> candidate.id().equals(issueLinkTypeId))
                .findFirst();
        if (type.isEmpty() || !issues.containsKey(sourceIssueId) || !issues.containsKey(destinationIssueId)) {
            throw new CreateException("no such issue or link type");
        }
        issueLinks.add(sourceIssueId + ", " + type.get().name() + ", " + destinationIssueId);
    }

    @Override
    public long getIssueCountForProject(Long projectId) {
        return issues.values().stream().filter(issue -> projectId.equals(issue.projectId())).count();
    }

    @Override
    public Options getOptions(FieldConfig fieldConfig) {
        ConfigOptions copy = new ConfigOptions();
        copy.addAll(options.getOrDefault(fieldConfig.getId(), new ConfigOptions()));
        return copy;
    }

    @Override
    public Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value) {
        SelectOption option = new SelectOption(nextId++, value);
        options.computeIfAbsent(fieldConfig.getId(), id -> new ConfigOptions()).add(option);
        return option;
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

    /** Moves the issue to another project, as Jira's move does. */
    FakeJira moveIssue(long issueId, long projectId) {
        FakeIssue issue = issues.get(issueId);
        issues.put(issueId, new FakeIssue(issueId, projectId, issue.typeId(), issue.summary(), issue.description(),
                issue.assignee(), issue.dueDate(), issue.parentId(), this));
        return this;
    }

    /** The screens Jira has, each with its tabs and the names of their fields. */
    List<String> screenNames() {
        return screens.stream().map(FieldScreen::getName).toList();
    }

    /** Whether the screen of that name shows the custom field of that name. */
    boolean screenShows(String screenName, String fieldName) {
        return screens.stream().filter(screen -> screen.getName().equals(screenName)).findFirst().orElseThrow()
                .containsField(customFieldId(fieldName));
    }

    /** The workflows created, by name, as Jira keeps their descriptors. */
    Map<String, WorkflowDescriptor> workflows() {
        return workflows;
    }

    /** Who created each workflow, by user key, in order. */
    List<String> workflowCreators() {
        return workflowCreators;
    }

    /** The name of the workflow scheme the project uses. */
    String schemeOf(long projectId) {
        return getWorkflowSchemeObj(getProjectObj(projectId)).getName();
    }

    /** Gives the project an issue of its own, as a project in use has. */
    FakeJira projectIssue(long projectId) {
        FakeIssue issue = new FakeIssue(nextId++, projectId, issueTypes.get(0).id(), "An issue of the project's own",
                "", null, null, null, this);
        issues.put(issue.id(), issue);
        return this;
    }

    /**
     * Makes a workflow condition, validator or function class available, as Jira's plugin system does by creating the
     * module's class; Jira's own functions other than the status change do nothing here.
     */
    FakeJira workflowModule(Object module) {
        workflowModules.put(module.getClass().getName(), module);
        return this;
    }

    /** Golden Thread's provisioning over this Jira and the store. */
    Provisioning provisioning(Repositories store) {
        return new Provisioning(this, this, this, this, this, this, this, this,
                new CustomFieldProvisioning(this, this, this, this, this),
                new WorkflowProvisioning(this, this, this, this, this, this, this, this), store);
    }

    /** Golden Thread's KPI issues over this Jira and the store. */
    KpiIssues kpiIssues(Repositories store) {
        return new KpiIssues(this, this, this, this, this, this, new KpiIssueFields(this, this, this, store), store);
    }

    /** Puts the issue under an issue security level only these users may see. */
    FakeJira secured(long issueId, String... userKeys) {
        issueSecurity.put(issueId, Set.of(userKeys));
        return this;
    }

    /** Signed-in users browse every project here; an issue under a security level, only its level's users. */
    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (!ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey) || user == null) {
            return false;
        }
        Set<String> level = issueSecurity.get(issue.getId());
        return level == null || level.contains(user.getKey());
    }

    /** Makes the Jira post-function of that class fail, as a reindex can when the index is unavailable. */
    FakeJira failing(String functionClassName) {
        failingFunctions.add(functionClassName);
        return this;
    }

    /** The name of the workflow step the issue is in. */
    String stepOf(long issueId) {
        FakeIssue issue = issues.get(issueId);
        return workflowOf(issue).orElseThrow().getStep(issueSteps.getOrDefault(issueId, 1)).getName();
    }

    private Optional<WorkflowDescriptor> workflowOf(FakeIssue issue) {
        return Optional.ofNullable(workflows.get(getWorkflowSchemeObj(getProjectObj(issue.projectId()))
                .getActualWorkflow(issue.typeId())));
    }

    /** Each link as "source id, link type name, destination id", in the order they were made. */
    List<String> issueLinks() {
        return issueLinks;
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
        validatedFieldValues.put(issue, customValues(in, issue, errors));
        return new CreateValidationResult(issue, new Errors(errors, List.of()), Map.of());
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult) {
        FakeIssue asked = (FakeIssue) createValidationResult.getIssue();
        FakeIssue issue = new FakeIssue(nextId++, asked.projectId(), asked.typeId(), asked.summary(),
                asked.description(), asked.assignee(), asked.dueDate(), null, this);
        issues.put(issue.id(), issue);
        fieldValues.computeIfAbsent(issue.id(), id -> new HashMap<>())
                .putAll(validatedFieldValues.getOrDefault(asked, Map.of()));
        return new IssueResult(issue, new Errors(Map.of(), List.of()));
    }

    /**
     * The custom field values asked for, as the issue will hold them. As in Jira, a field is set only where the
     * screen check is skipped (no screen of this app's shows them), only on an issue its context covers, and only
     * to a value of its type.
     */
    private Map<String, Object> customValues(Inputs in, FakeIssue issue, Map<String, String> errors) {
        Map<String, Object> values = new HashMap<>();
        in.customFieldValues.forEach((id, given) -> {
            Optional<Field> field = customFields.stream().filter(f -> f.idAsLong().equals(id)).findFirst();
            String fieldId = "customfield_" + id;
            if (field.isEmpty() || !in.skipScreenCheck || !field.get().appliesTo(issue)) {
                errors.put(fieldId, "Field '" + fieldId + "' cannot be set. It is not on the appropriate screen, "
                        + "or unknown.");
                return;
            }
            String value = given.length == 0 ? null : given[0];
            if (value == null || value.isEmpty()) {
                values.put(fieldId, null);
                return;
            }
            switch (field.get().type().key().substring(SYSTEM_PREFIX.length())) {
                case "float" -> {
                    try {
                        values.put(fieldId, Double.valueOf(value));
                    } catch (NumberFormatException e) {
                        errors.put(fieldId, "'" + value + "' is an invalid number");
                    }
                }
                case "select" -> {
                    Optional<Option> option = field.get().contexts().stream()
                            .flatMap(context -> options.getOrDefault(context.config.id(), new ConfigOptions())
                                    .stream()).filter(o -> o.getOptionId().toString().equals(value)).findFirst();
                    if (option.isPresent()) {
                        values.put(fieldId, option.get());
                    } else {
                        errors.put(fieldId, "Invalid value '" + value + "' passed for customfield '"
                                + field.get().name() + "'.");
                    }
                }
                case "userpicker" -> {
                    Optional<User> user = users.values().stream().filter(u -> u.getUsername().equals(value))
                            .findFirst();
                    if (user.isPresent()) {
                        values.put(fieldId, user.get());
                    } else {
                        errors.put(fieldId, "User '" + value + "' was not found in the system.");
                    }
                }
                default -> values.put(fieldId, value);
            }
        });
        return values;
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
        FakeIssue changed = new FakeIssue(issueId, found.projectId(), found.typeId(),
                in.summary == null ? found.summary() : in.summary,
                in.description == null ? found.description() : in.description,
                in.assignee == null ? found.assignee() : in.assignee,
                in.dueDate == null ? found.dueDate() : in.dueDate, found.parentId(), this);
        Map<String, String> errors = new LinkedHashMap<>();
        if ((in.assignee != null || in.dueDate != null) && !in.skipScreenCheck) {
            errors.put("duedate", "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.");
        }
        validatedFieldValues.put(changed, customValues(in, changed, errors));
        return new UpdateValidationResult(changed, new Errors(errors, List.of()), Map.of());
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult) {
        FakeIssue issue = (FakeIssue) updateValidationResult.getIssue();
        issues.put(issue.id(), issue);
        fieldValues.computeIfAbsent(issue.id(), id -> new HashMap<>())
                .putAll(validatedFieldValues.getOrDefault(issue, Map.of()));
        return new IssueResult(issue, new Errors(Map.of(), List.of()));
    }

    /**
     * Checks a workflow action as Jira does: it must leave the issue's step, its conditions must pass, the fields
     * given must be on its screen, and its validators must pass with those fields in place.
     */
    @Override
    public TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
                                                         IssueInputParameters issueInputParameters) {
        Inputs in = (Inputs) issueInputParameters;
        FakeIssue issue = issues.get(issueId);
        Optional<WorkflowDescriptor> workflow = issue == null ? Optional.empty() : workflowOf(issue);
        ActionDescriptor action = workflow.map(descriptor -> descriptor.getStep(issueSteps.getOrDefault(issueId, 1))
                .getAction(actionId)).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("issue", issue);
        if (in.comment != null && !in.comment.isBlank()) {
            variables.put("comment", in.comment);
        }
        if (action == null || !conditionsPass(action, variables)) {
            return new TransitionValidationResult(issue, new Errors(Map.of(), List.of("It seems that you have tried "
                    + "to perform a workflow operation that is not valid for the current state of this issue.")),
                    Map.of(), Map.of(), actionId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> before = new HashMap<>(fieldValues.getOrDefault(issueId, Map.of()));
        in.skipScreenCheck = true;
        Map<String, Object> given = customValues(in, issue, errors);
        String screen = (String) action.getMetaAttributes().get("jira.fieldscreen.id");
        given.keySet().stream().filter(fieldId -> screens.stream().noneMatch(candidate -> String.valueOf(
                candidate.getId()).equals(screen) && candidate.containsField(fieldId)))
                .forEach(fieldId -> errors.put(fieldId, "Field '" + fieldId + "' cannot be set. It is not on the "
                        + "appropriate screen, or unknown."));
        List<String> messages = new ArrayList<>();
        if (errors.isEmpty()) {
            fieldValues.computeIfAbsent(issueId, id -> new HashMap<>()).putAll(given);
            for (Object validator : action.getValidators()) {
                Map<?, ?> args = ((ValidatorDescriptor) validator).getArgs();
                if (workflowModules.get(args.get("class.name")) instanceof Validator module) {
                    try {
                        module.validate(variables, args, null);
                    } catch (InvalidInputException e) {
                        e.getErrors().forEach((field, message) -> errors.put(field.toString(), message.toString()));
                        e.getGenericErrors().forEach(message -> messages.add(message.toString()));
                    } catch (com.opensymphony.workflow.WorkflowException e) {
                        messages.add(e.getMessage());
                    }
                }
            }
        }
        if (!errors.isEmpty() || !messages.isEmpty()) {
            fieldValues.put(issueId, before);
        }
        TransitionValidationResult result = new TransitionValidationResult(issue, new Errors(errors, messages),
                Map.of(), Map.of(), actionId);
        checkedTransitions.put(result, new Transition(action, variables, before));
        return result;
    }

    private boolean conditionsPass(ActionDescriptor action, Map<String, Object> variables) {
        return action.getRestriction() == null || conditionsPass(action.getRestriction().getConditions(),
                variables);
    }

    private boolean conditionsPass(List<?> conditions, Map<String, Object> variables) {
        for (Object condition : conditions) {
            if (condition instanceof ConditionsDescriptor nested) {
                if (!conditionsPass(nested.getConditions(), variables)) {
                    return false;
                }
            } else if (condition instanceof ConditionDescriptor single && workflowModules.get(
                    single.getArgs().get("class.name")) instanceof com.opensymphony.workflow.Condition module) {
                try {
                    if (!module.passesCondition(variables, single.getArgs(), null)) {
                        return false;
                    }
                } catch (com.opensymphony.workflow.WorkflowException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Takes a checked action: its post-functions in order, the status change among them. */
    @Override
    public IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult) {
        Transition checked = checkedTransitions.remove(transitionResult);
        FakeIssue issue = (FakeIssue) transitionResult.getIssue();
        if (checked == null || !transitionResult.isValid()) {
            return new IssueResult(issue, new Errors(Map.of(), List.of("The transition was not checked.")));
        }
        int stepBefore = issueSteps.getOrDefault(issue.id(), 1);
        for (Object function : checked.action().getUnconditionalResult().getPostFunctions()) {
            Map<?, ?> args = ((FunctionDescriptor) function).getArgs();
            Object className = args.get("class.name");
            if (failingFunctions.contains(className)) {
                // Jira rolls the issue back; what a plugin's function wrote elsewhere stays
                fieldValues.put(issue.id(), checked.fieldsBefore());
                issueSteps.put(issue.id(), stepBefore);
                return new IssueResult(issue, new Errors(Map.of(), List.of(className + " failed")));
            }
            if ("com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction".equals(className)) {
                issueSteps.put(issue.id(), checked.action().getUnconditionalResult().getStep());
            } else if (workflowModules.get(className) instanceof FunctionProvider module) {
                try {
                    module.execute(checked.variables(), args, null);
                } catch (com.opensymphony.workflow.WorkflowException e) {
                    fieldValues.put(issue.id(), checked.fieldsBefore());
                    return new IssueResult(issue, new Errors(Map.of(), List.of(e.getMessage())));
                }
            }
        }
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
        linkTypes.add(new LinkType(nextId++, name, outward, inward));
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
