package org.goldenthread.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenImpl;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.workflow.FactoryException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.jira.ProvisioningPlan.Action;
import org.goldenthread.jira.ProvisioningPlan.Item;
import org.goldenthread.jira.ProvisioningPlan.Kind;
import org.goldenthread.jira.workflow.QuarterlyUpdateWorkflowXml;
import org.goldenthread.jira.workflow.TransitionScreen;
import org.goldenthread.update.UpdateState;

/**
 * The quarterly update workflow in Jira: the screens its transitions show, the workflow imported from the XML the
 * plugin ships with this Jira's status and screen ids, and a workflow scheme that sends the project's KPI Update
 * issues through it. A project with issues keeps its scheme until an administrator moves it through Jira's own
 * migration, which Golden Thread never runs unasked; the new scheme is made ready for it.
 */
@JiraComponent
public class WorkflowProvisioning {
    static final String WORKFLOW = "Golden Thread quarterly update";
    static final String FIGURE_SCREEN = "Golden Thread: KPI figure";
    static final String REASON_SCREEN = "Golden Thread: reason";
    private static final String SCHEME_PREFIX = "Golden Thread: ";

    private final FieldScreenManager screens;
    private final WorkflowManager workflows;
    private final WorkflowSchemeManager schemes;
    private final StatusManager statuses;
    private final IssueTypeManager issueTypes;
    private final IssueManager issues;
    private final CustomFieldManager fields;
    private final JiraAuthenticationContext authentication;

    @Inject
    public WorkflowProvisioning(@JiraImport FieldScreenManager screens, @JiraImport WorkflowManager workflows,
                                @JiraImport WorkflowSchemeManager schemes, @JiraImport StatusManager statuses,
                                @JiraImport IssueTypeManager issueTypes, @JiraImport IssueManager issues,
                                @JiraImport CustomFieldManager fields,
                                @JiraImport JiraAuthenticationContext authentication) {
        this.screens = screens;
        this.workflows = workflows;
        this.schemes = schemes;
        this.statuses = statuses;
        this.issueTypes = issueTypes;
        this.issues = issues;
        this.fields = fields;
        this.authentication = authentication;
    }

    /** The path of Jira's page where a project's workflow scheme is changed, with the migration of its issues. */
    static String migrationPath(Project project) {
        return "/secure/project/SelectProjectWorkflowScheme!default.jspa?projectId=" + project.getId();
    }

    static String schemeName(Project project) {
        return SCHEME_PREFIX + project.getKey();
    }

    /** What enabling the project does to the screens, the workflow and the project's scheme. */
    List<Item> plan(Project project) {
        List<Item> items = new ArrayList<>();
        items.add(screen(FIGURE_SCREEN, "The figure, commentary and data quality, shown on submission"));
        items.add(screen(REASON_SCREEN, "A comment box for the reason, shown on a return and on no data"));
        items.add(workflows.getWorkflow(WORKFLOW) == null
                ? new Item(Kind.WORKFLOW, WORKFLOW, Action.CREATE, "Awaiting data, submitted, verified, signed off "
                        + "and published, or no data, each step checked by Golden Thread")
                : new Item(Kind.WORKFLOW, WORKFLOW, Action.REUSE, "Already in Jira, as an administrator may have "
                        + "changed it"));
        if (project != null) {
            items.add(scheme(project));
        }
        return items;
    }

    private Item screen(String name, String detail) {
        return find(name).isPresent() ? new Item(Kind.SCREEN, name, Action.REUSE, "Already in Jira")
                : new Item(Kind.SCREEN, name, Action.CREATE, detail);
    }

    private Item scheme(Project project) {
        AssignableWorkflowScheme current = schemes.getWorkflowSchemeObj(project);
        Optional<String> updateType = updateIssueType();
        if (updateType.isPresent() && WORKFLOW.equals(current.getActualWorkflow(updateType.get()))) {
            return new Item(Kind.WORKFLOW_SCHEME, current.getName(), Action.REUSE, "The project's scheme already "
                    + "sends KPI Update issues through the quarterly update workflow");
        }
        if (issues.getIssueCountForProject(project.getId()) > 0) {
            return new Item(Kind.WORKFLOW_SCHEME, schemeName(project), Action.BY_HAND, "A copy of the project's "
                    + "scheme (" + current.getName() + ") with KPI Update issues following the quarterly update "
                    + "workflow. The project has issues, so Jira must migrate them to it: choose this scheme on "
                    + "Jira's workflow scheme page for the project", migrationPath(project));
        }
        return new Item(Kind.WORKFLOW_SCHEME, schemeName(project), Action.CREATE, "A copy of the project's scheme ("
                + current.getName() + ") with KPI Update issues following the quarterly update workflow, for the "
                + "project, which has no issues yet");
    }

    /** Creates the screens and the workflow if Jira lacks them, and the project's scheme, used at once if it can be. */
    void carryOut(Project project) {
        Map<TransitionScreen, Long> screenIds = new EnumMap<>(TransitionScreen.class);
        screenIds.put(TransitionScreen.FIGURE, ensureScreen(FIGURE_SCREEN, "Figure", List.of(FieldNames.KPI_VALUE,
                FieldNames.KPI_COMMENTARY, FieldNames.DATA_QUALITY)));
        screenIds.put(TransitionScreen.REASON, ensureScreen(REASON_SCREEN, "Reason", List.of()));
        if (workflows.getWorkflow(WORKFLOW) == null) {
            importWorkflow(screenIds);
        }
        Item scheme = scheme(project);
        if (scheme.action() == Action.REUSE) {
            return;
        }
        AssignableWorkflowScheme ours = Optional.ofNullable(schemes.getWorkflowSchemeObj(schemeName(project)))
                .orElseGet(() -> schemes.createScheme(copyWithOurWorkflow(project)));
        if (scheme.action() == Action.CREATE) {
            schemes.removeSchemesFromProject(project);
            schemes.addSchemeToProject(project, schemes.getSchemeObject(ours.getId()));
        }
    }

    private AssignableWorkflowScheme copyWithOurWorkflow(Project project) {
        AssignableWorkflowScheme current = schemes.getWorkflowSchemeObj(project);
        Map<String, String> mappings = new HashMap<>(current.getMappings());
        if (!mappings.containsKey(null)) {
            mappings.put(null, current.getActualWorkflow(null));
        }
        return schemes.assignableBuilder().setName(schemeName(project))
                .setDescription("The workflows of " + project.getKey() + ", with KPI Update issues following the "
                        + "quarterly update workflow")
                .setMappings(mappings).setMapping(updateIssueType().orElseThrow(), WORKFLOW).build();
    }

    private long ensureScreen(String name, String tabName, List<String> fieldNames) {
        if (find(name).isEmpty()) {
            FieldScreen screen = new FieldScreenImpl(screens);
            screen.setName(name);
            screen.setDescription("Made by Golden Thread for its quarterly update workflow");
            FieldScreenTab tab = screen.addTab(tabName);
            for (String fieldName : fieldNames) {
                fields.getCustomFieldObjectsByName(fieldName).stream().findFirst().map(CustomField::getId)
                        .ifPresent(tab::addFieldScreenLayoutItem);
            }
        }
        return find(name).orElseThrow(() -> new IllegalStateException("Jira did not keep the screen " + name))
                .getId();
    }

    private Optional<FieldScreen> find(String name) {
        return screens.getFieldScreens().stream().filter(screen -> name.equals(screen.getName())).findFirst();
    }

    private void importWorkflow(Map<TransitionScreen, Long> screenIds) {
        Map<UpdateState, String> statusIds = new EnumMap<>(UpdateState.class);
        for (UpdateState state : UpdateState.values()) {
            statuses.getStatuses().stream().filter(status -> status.getName().equalsIgnoreCase(state.label()))
                    .map(Status::getId).findFirst().ifPresent(id -> statusIds.put(state, id));
        }
        try {
            workflows.createWorkflow(authentication.getLoggedInUser(), new ConfigurableJiraWorkflow(WORKFLOW,
                    WorkflowUtil.convertXMLtoWorkflowDescriptor(QuarterlyUpdateWorkflowXml.forInstance(statusIds,
                            screenIds)), workflows));
        } catch (FactoryException e) {
            throw new IllegalStateException("Jira could not read the quarterly update workflow: " + e.getMessage(),
                    e);
        }
    }

    private Optional<String> updateIssueType() {
        return issueTypes.getIssueTypes().stream()
                .filter(type -> type.getName().equalsIgnoreCase(JiraNeeds.KPI_UPDATE) && type.isSubTask())
                .map(IssueType::getId).findFirst();
    }
}
