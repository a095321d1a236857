package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.jira.workflow.RecordUpdateStep;
import org.goldenthread.jira.workflow.UpdateStepCondition;
import org.goldenthread.jira.workflow.UpdateStepValidator;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Role;
import org.goldenthread.store.ConflictException;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps asked of the REST API in Jira, over the real store and the in-memory Jira running the shipped workflow with
 * Golden Thread's condition, validator and function: each step is the update issue's transition, refused with the
 * rule's name before Jira is asked, and recorded by the workflow's own function.
 */
class JiraUpdateStepsTest {
    private static final long PROJECT = 10_100L;
    private static final Caller SAM = new Caller("sam.manager", Set.of());
    private static final Caller PAT = new Caller("pat.perf", Set.of(Role.PERFORMANCE_TEAM));
    private static final Caller ANN = new Caller("ann.approver", Set.of());

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private JiraUpdateSteps steps;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("sam.manager").user("pat.perf")
            .user("ann.approver").project(PROJECT, "WASTE");
    private long updateIssue;

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        CsvImport csv = new CsvImport(database.activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,"
                + "approver,lifecycle\nWST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,"
                + "head,sam.manager,ann.approver,ACTIVE\n"), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,60.0\n"), "perf");
        jira.signIn("jira.admin");
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.member("pat.perf", "Performance Team", PROJECT);
        KpiIssues kpiIssues = jira.kpiIssues(store);
        kpiIssues.project();
        new UpdateIssueMaker(jira, jira, jira, jira, jira, jira, store).open(LocalDate.of(2025, 10, 6));
        updateIssue = jira.issues().values().stream().filter(issue -> issue.parentId() != null).findFirst()
                .orElseThrow().id();
        // a KPI added since the round opened has neither an issue nor an update issue yet
        csv.importKpis("more.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,"
                + "approver,lifecycle\nWST-02,Fly-tipping cleared in a day,Place,PERCENT,1,HIGHER_IS_BETTER,"
                + "QUARTERLY,head,sam.manager,ann.approver,ACTIVE\n"), "perf");
        JiraCallers callers = new JiraCallers(jira, jira, jira, jira, jira, jira, store);
        jira.workflowModule(new UpdateStepCondition(store, callers))
                .workflowModule(new UpdateStepValidator(store, callers, jira))
                .workflowModule(new RecordUpdateStep(store, callers, jira, kpiIssues));
        steps = new JiraUpdateSteps(jira, jira, jira, jira, jira, jira, store);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSubmissionIsTheIssuesTransitionWithTheFigureInItsFields() {
        jira.signIn("sam.manager");

        MeasurementRow row = steps.take(SAM, "WST-01", "2025-26-Q2", submit("62.5", "", "PROVISIONAL"), 0);

        assertThat(row.state()).isEqualTo("SUBMITTED");
        assertThat(row.value()).isEqualTo("62.5");
        assertThat(row.dataQuality()).isEqualTo("PROVISIONAL");
        assertThat(jira.stepOf(updateIssue)).isEqualTo("Submitted");
        assertThat(jira.issues().get(updateIssue).getCustomFieldValue(jira.getCustomFieldObjectsByName(
                FieldNames.KPI_VALUE).iterator().next())).isEqualTo(62.5);
    }

    @Test
    void aRefusalNamesTheRuleAndNeitherJiraNorGoldenThreadChanges() {
        jira.signIn("sam.manager");

        assertThatThrownBy(() -> steps.take(SAM, "WST-01", "2025-26-Q2", submit("41.0", "", null), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("commentary");
                    assertThat(e.getMessage()).contains("Commentary is required because the status is red");
                });
        jira.signIn("pat.perf");
        assertThatThrownBy(() -> steps.take(PAT, "WST-01", "2025-26-Q2", submit("62.5", "", null), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> steps.take(PAT, "WST-01", "2025-26-Q2", step("verify", null), 3))
                .isInstanceOf(ConflictException.class);
        assertThat(jira.stepOf(updateIssue)).isEqualTo("Awaiting data");
        assertThat(new org.goldenthread.rest.QuarterlyUpdates(store).version(SAM, "WST-01", "2025-26-Q2"))
                .isZero();
    }

    @Test
    void theWholeRoundThroughTheApiMovesTheIssueToPublished() {
        jira.signIn("sam.manager");
        steps.take(SAM, "WST-01", "2025-26-Q2", submit("62.5", "", null), 0);
        jira.signIn("pat.perf");
        steps.take(PAT, "WST-01", "2025-26-Q2", step("verify", null), 1);
        jira.signIn("ann.approver");
        steps.take(ANN, "WST-01", "2025-26-Q2", step("sign-off", null), 2);
        jira.signIn("pat.perf");

        MeasurementRow published = steps.take(PAT, "WST-01", "2025-26-Q2", step("publish", null), 3);

        assertThat(published.state()).isEqualTo("PUBLISHED");
        assertThat(jira.stepOf(updateIssue)).isEqualTo("Published");
    }

    @Test
    void aReturnCarriesItsReasonAsTheTransitionsComment() {
        jira.signIn("sam.manager");
        steps.take(SAM, "WST-01", "2025-26-Q2", submit("62.5", "", null), 0);
        jira.signIn("pat.perf");

        MeasurementRow returned = steps.take(PAT, "WST-01", "2025-26-Q2",
                step("return", "The tonnage does not match the weighbridge returns"), 1);

        assertThat(returned.state()).isEqualTo("AWAITING_DATA");
        assertThat(jira.stepOf(updateIssue)).isEqualTo("Awaiting data");
    }

    @Test
    void anUpdateWithoutAnIssueIsSteppedInGoldenThreadAlone() {
        jira.signIn("sam.manager");

        MeasurementRow row = steps.take(SAM, "WST-02", "2025-26-Q2", submit("95.0", "", null), 0);

        assertThat(row.state()).isEqualTo("SUBMITTED");
    }

    @Test
    void anIssueOnAnotherWorkflowIsRefusedBeforeJiraIsAsked() {
        jira.signIn("sam.manager");
        jira.removeSchemesFromProject(jira.getProjectObj(PROJECT));

        assertThatThrownBy(() -> steps.take(SAM, "WST-01", "2025-26-Q2", submit("62.5", "", null), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("The update's issue follows the workflow jira, not Golden "
                            + "Thread quarterly update: move its project to the workflow scheme Golden Thread made for "
                            + "it, through Jira's migration");
                });
        assertThat(new org.goldenthread.rest.QuarterlyUpdates(store).version(SAM, "WST-01", "2025-26-Q2"))
                .isZero();
    }

    @Test
    void aStepRecordedWhileJiraFailedToMoveTheIssueSaysSo() {
        jira.signIn("sam.manager");
        jira.failing("com.atlassian.jira.workflow.function.issue.IssueReindexFunction");

        assertThatThrownBy(() -> steps.take(SAM, "WST-01", "2025-26-Q2", submit("62.5", "", null), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("Golden Thread recorded the step, but Jira did not move the "
                            + "update's issue: com.atlassian.jira.workflow.function.issue.IssueReindexFunction failed");
                });
        assertThat(new org.goldenthread.rest.QuarterlyUpdates(store).version(SAM, "WST-01", "2025-26-Q2"))
                .isEqualTo(1);
        assertThat(jira.stepOf(updateIssue)).isEqualTo("Awaiting data");
    }

    private static StepRequestBody submit(String value, String commentary, String dataQuality) {
        return new StepRequestBody("submit", value, commentary, dataQuality, null, null);
    }

    private static StepRequestBody step(String action, String reason) {
        return new StepRequestBody(action, null, null, null, reason, null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
