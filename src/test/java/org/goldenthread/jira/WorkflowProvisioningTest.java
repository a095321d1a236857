package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.jira.ProvisioningPlan.Action;
import org.goldenthread.jira.ProvisioningPlan.Item;
import org.goldenthread.jira.ProvisioningPlan.Kind;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly update workflow as enabling a project puts it into the in-memory Jira: its screens, the workflow
 * with this Jira's status and screen ids, and the project's scheme, switched at once only for a project without
 * issues and otherwise made ready for Jira's own migration.
 */
class WorkflowProvisioningTest {
    private static final long WASTE = 10_100L;
    private static final long HOUSING = 10_200L;

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").project(WASTE, "WASTE")
            .project(HOUSING, "HOUSING");

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        jira.signIn("jira.admin");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFigureScreenShowsTheFigureFieldsAndTheWorkflowIsImportedByTheAdministrator() {
        provisioning().enable("WASTE", "jira.admin");

        assertThat(jira.screenNames()).containsExactly(WorkflowProvisioning.FIGURE_SCREEN,
                WorkflowProvisioning.REASON_SCREEN);
        assertThat(List.of(FieldNames.KPI_VALUE, FieldNames.KPI_COMMENTARY, FieldNames.DATA_QUALITY))
                .allMatch(field -> jira.screenShows(WorkflowProvisioning.FIGURE_SCREEN, field));
        assertThat(jira.screenShows(WorkflowProvisioning.REASON_SCREEN, FieldNames.KPI_COMMENTARY)).isFalse();
        assertThat(jira.workflows()).containsOnlyKeys(WorkflowProvisioning.WORKFLOW);
        assertThat(jira.workflowCreators()).containsExactly("jira.admin");
    }

    @Test
    void theImportedWorkflowNamesThisJirasStatusesAndScreens() {
        provisioning().enable("WASTE", "jira.admin");
        WorkflowDescriptor workflow = jira.workflows().get(WorkflowProvisioning.WORKFLOW);

        Map<String, String> statusOfStep = new HashMap<>();
        for (Object step : workflow.getSteps()) {
            StepDescriptor descriptor = (StepDescriptor) step;
            statusOfStep.put(descriptor.getName(), (String) descriptor.getMetaAttributes().get("jira.status.id"));
        }
        Map<String, String> statusIds = new HashMap<>();
        jira.getStatuses().forEach(status -> statusIds.put(status.getName(), status.getId()));
        assertThat(statusOfStep).hasSize(6).allSatisfy((step, id) -> assertThat(id).isEqualTo(statusIds.get(step)));

        Map<String, String> screenOfAction = new HashMap<>();
        for (Object step : workflow.getSteps()) {
            for (Object action : ((StepDescriptor) step).getActions()) {
                ActionDescriptor descriptor = (ActionDescriptor) action;
                screenOfAction.put(descriptor.getName(),
                        (String) descriptor.getMetaAttributes().get("jira.fieldscreen.id"));
            }
        }
        assertThat(screenOfAction).containsEntry("Submit", screenId(WorkflowProvisioning.FIGURE_SCREEN))
                .containsEntry("Data not available", screenId(WorkflowProvisioning.REASON_SCREEN))
                .containsEntry("Return for revision", screenId(WorkflowProvisioning.REASON_SCREEN))
                .containsEntry("Publish", "");
    }

    @Test
    void aProjectWithoutIssuesMovesToACopyOfItsSchemeWithKpiUpdatesOnTheWorkflow() {
        provisioning().enable("WASTE", "jira.admin");

        assertThat(jira.schemeOf(WASTE)).isEqualTo("Golden Thread: WASTE");
        var scheme = jira.getWorkflowSchemeObj("Golden Thread: WASTE");
        String updateType = jira.getIssueTypes().stream().filter(type -> type.getName().equals("KPI Update"))
                .findFirst().orElseThrow().getId();
        String taskType = jira.getIssueTypes().iterator().next().getId();
        assertThat(scheme.getActualWorkflow(updateType)).isEqualTo(WorkflowProvisioning.WORKFLOW);
        assertThat(scheme.getActualWorkflow(taskType)).isEqualTo(FakeJira.JIRA_WORKFLOW);
        assertThat(jira.schemeOf(HOUSING)).isEqualTo("Default Workflow Scheme");
    }

    @Test
    void runningAgainOrForASecondProjectReusesTheScreensAndTheWorkflow() {
        provisioning().enable("WASTE", "jira.admin");

        ProvisioningPlan again = provisioning().enable("WASTE", "jira.admin");
        ProvisioningPlan housing = provisioning().enable("HOUSING", "jira.admin");

        assertThat(again.items()).filteredOn(item -> item.kind() == Kind.SCREEN || item.kind() == Kind.WORKFLOW
                || item.kind() == Kind.WORKFLOW_SCHEME).extracting(Item::action).containsOnly(Action.REUSE);
        assertThat(housing.created()).extracting(Item::kind, Item::name)
                .containsExactly(tuple(Kind.PROJECT, "HOUSING"), tuple(Kind.WORKFLOW_SCHEME, "Golden Thread: HOUSING"));
        assertThat(jira.screenNames()).hasSize(2);
        assertThat(jira.workflows()).hasSize(1);
        assertThat(jira.schemeOf(HOUSING)).isEqualTo("Golden Thread: HOUSING");
    }

    @Test
    void aProjectWithIssuesKeepsItsSchemeAndThePlanLinksToJirasMigration() {
        jira.projectIssue(WASTE);

        ProvisioningPlan plan = provisioning().enable("WASTE", "jira.admin");

        assertThat(plan.canRun()).isTrue();
        assertThat(plan.items()).filteredOn(item -> item.kind() == Kind.WORKFLOW_SCHEME).singleElement()
                .satisfies(item -> {
                    assertThat(item.action()).isEqualTo(Action.BY_HAND);
                    assertThat(item.detail()).contains("The project has issues, so Jira must migrate them");
                    assertThat(item.path()).isEqualTo(
                            "/secure/project/SelectProjectWorkflowScheme!default.jspa?projectId=" + WASTE);
                });
        assertThat(jira.schemeOf(WASTE)).isEqualTo("Default Workflow Scheme");
        assertThat(jira.getWorkflowSchemeObj("Golden Thread: WASTE")).isNotNull();
        assertThat(store.enabledProjects().all()).hasSize(1);
    }

    private String screenId(String name) {
        return jira.getFieldScreens().stream().filter(screen -> screen.getName().equals(name)).findFirst()
                .orElseThrow().getId().toString();
    }

    private Provisioning provisioning() {
        return jira.provisioning(store);
    }
}
