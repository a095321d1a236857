package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.jira.workflow.RecordUpdateStep;
import org.goldenthread.jira.workflow.UpdateStepCondition;
import org.goldenthread.jira.workflow.UpdateStepFactory;
import org.goldenthread.jira.workflow.UpdateStepValidator;
import org.goldenthread.rest.KpiResource;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.Repositories;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly update workflow's condition, validator and function on a KPI's update issue, over the real store
 * and the in-memory Jira: who is offered each step, each rule's refusal beside its field, and what each step records.
 */
class QuarterlyUpdateTransitionsTest {
    private static final long PROJECT = 10_100L;

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private JiraCallers callers;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("sam.manager").user("pat.perf")
            .user("ann.approver").user("cllr.jones").project(PROJECT, "WASTE");
    private FakeJira.FakeIssue update;

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        CsvImport csv = new CsvImport(database.activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,"
                + "approver,lifecycle,min,max\nWST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,"
                + "QUARTERLY,head,sam.manager,ann.approver,ACTIVE,0,100\n"), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,60.0\n"), "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,61.0\n"), "perf");
        jira.signIn("jira.admin");
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.member("pat.perf", "Performance Team", PROJECT).member("cllr.jones", "Scrutiny", PROJECT);
        kpiIssues().project();
        new UpdateIssueMaker(jira, jira, jira, jira, jira, jira, store).open(LocalDate.of(2025, 10, 6));
        update = jira.issues().values().stream().filter(issue -> issue.parentId() != null).findFirst().orElseThrow();
        callers = new JiraCallers(jira, jira, jira, jira, jira, jira, store);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachStepIsOfferedOnlyToThoseWhoTakeIt() {
        assertThat(offered("sam.manager")).containsExactly(UpdateAction.SUBMIT, UpdateAction.DATA_NOT_AVAILABLE);
        assertThat(offered("pat.perf")).containsExactly(UpdateAction.VERIFY, UpdateAction.PUBLISH,
                UpdateAction.RETURN);
        assertThat(offered("ann.approver")).containsExactly(UpdateAction.SIGN_OFF, UpdateAction.RETURN);
        assertThat(offered("cllr.jones")).isEmpty();
    }

    @Test
    void noStepIsOfferedSignedOutOnAnotherIssueOrWithoutAStepNamed() {
        UpdateStepCondition condition = new UpdateStepCondition(store, callers);
        FakeJira.FakeIssue kpiIssue = jira.issues().get(update.parentId());
        jira.signIn("sam.manager");

        assertThat(condition.passesCondition(Map.of("issue", kpiIssue), step("submit"), null)).isFalse();
        assertThat(condition.passesCondition(Map.of("issue", update), Map.of(), null)).isFalse();
        assertThat(condition.passesCondition(Map.of("issue", update), step("submit"), null)).isTrue();
        jira.signOut();
        assertThat(condition.passesCondition(Map.of("issue", update), step("submit"), null)).isFalse();
    }

    @Test
    void submittingWithoutAFigureIsRefusedBesideTheFigureField() {
        jira.signIn("sam.manager");

        InvalidInputException refused = refusal(UpdateAction.SUBMIT, "");

        assertThat(refused.getErrors()).containsOnlyKeys(jira.customFieldId("KPI value"));
        assertThat(refused.getErrors().get(jira.customFieldId("KPI value")).toString())
                .startsWith("value is required to submit");
    }

    @Test
    void aFigureOutsideThePlausibleRangeIsRefusedBesideTheFigureField() {
        jira.signIn("sam.manager");
        jira.fieldValue(update.id(), "KPI value", 120.0).fieldValue(update.id(), "KPI commentary", "Typed twice");

        InvalidInputException refused = refusal(UpdateAction.SUBMIT, "");

        assertThat(refused.getErrors()).containsOnlyKeys(jira.customFieldId("KPI value"));
        assertThat(refused.getErrors().get(jira.customFieldId("KPI value")).toString())
                .isEqualTo("value must lie in the KPI's plausible range (0 to 100), but is 120");
    }

    @Test
    void aRedFigureWithoutCommentaryIsRefusedBesideTheCommentaryFieldNamingTheRule() {
        jira.signIn("sam.manager");
        jira.fieldValue(update.id(), "KPI value", 41.0);

        InvalidInputException refused = refusal(UpdateAction.SUBMIT, "");

        assertThat(refused.getErrors()).containsOnlyKeys(jira.customFieldId("KPI commentary"));
        assertThat(refused.getErrors().get(jira.customFieldId("KPI commentary")).toString())
                .contains("Commentary is required because the status is red");
    }

    @Test
    void aGreenFigurePassesAndTheFunctionRecordsItWithItsDataQuality() throws Exception {
        jira.signIn("sam.manager");
        jira.fieldValue(update.id(), "KPI value", 62.5).fieldValue(update.id(), "Data quality",
                jira.option("Data quality", "Provisional"));

        take(UpdateAction.SUBMIT, "");

        MeasurementRow row = row("sam.manager");
        assertThat(row.value()).isEqualTo("62.5");
        assertThat(row.state()).isEqualTo("SUBMITTED");
        assertThat(row.dataQuality()).isEqualTo("PROVISIONAL");
    }

    @Test
    void aReturnNeedsAReasonInTheTransitionsComment() throws Exception {
        submitGreen();
        jira.signIn("pat.perf");

        InvalidInputException refused = refusal(UpdateAction.RETURN, "");
        assertThat(refused.getErrors()).containsOnlyKeys("comment");
        assertThat(refused.getErrors().get("comment").toString()).isEqualTo("a reason is required to return an update");

        take(UpdateAction.RETURN, "The tonnage does not match the weighbridge returns");
        assertThat(row("pat.perf").state()).isEqualTo("AWAITING_DATA");
    }

    @Test
    void noDataTakesItsReasonFromTheCommentaryFieldWhenNoCommentIsGiven() throws Exception {
        jira.signIn("sam.manager");
        jira.fieldValue(update.id(), "KPI commentary", "The contractor's system failed");

        take(UpdateAction.DATA_NOT_AVAILABLE, "");

        assertThat(row("sam.manager").state()).isEqualTo("NO_DATA");
        assertThat(row("sam.manager").commentary()).isEqualTo("The contractor's system failed");
    }

    @Test
    void whoSubmittedCannotAlsoVerifyARefusalForTheWholeStep() throws Exception {
        jira.member("sam.manager", "Performance Team", PROJECT);
        submitGreen();

        InvalidInputException refused = refusal(UpdateAction.VERIFY, "");

        assertThat(refused.getErrors()).isEmpty();
        assertThat(refused.getGenericErrors()).containsExactly("The person who submitted an update cannot also "
                + "verify it");
    }

    @Test
    void aRedUpdateCannotBeSignedOffWithoutALinkedActionPlan() throws Exception {
        jira.signIn("sam.manager");
        jira.fieldValue(update.id(), "KPI value", 41.0).fieldValue(update.id(), "KPI commentary", "Depot fire");
        take(UpdateAction.SUBMIT, "");
        jira.signIn("pat.perf");
        take(UpdateAction.VERIFY, "");
        jira.signIn("ann.approver");

        InvalidInputException refused = refusal(UpdateAction.SIGN_OFF, "");

        assertThat(refused.getGenericErrors()).singleElement().asString().contains("action plan");
    }

    @Test
    void theWholeRoundEndsPublished() throws Exception {
        submitGreen();
        jira.signIn("pat.perf");
        take(UpdateAction.VERIFY, "");
        jira.signIn("ann.approver");
        take(UpdateAction.SIGN_OFF, "");
        jira.signIn("pat.perf");
        take(UpdateAction.PUBLISH, "");

        assertThat(row("cllr.jones").state()).isEqualTo("PUBLISHED");
        assertThat(row("cllr.jones").display()).isEqualTo("62.5%");
    }

    @Test
    void theFunctionRefusesAStepTakenAlreadyRatherThanRecordingItTwice() throws Exception {
        submitGreen();
        jira.signIn("sam.manager");

        assertThatThrownBy(() -> new RecordUpdateStep(store, callers, jira, kpiIssues()).execute(vars(""), step("submit"), null))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("Cannot submit an update that is submitted");
    }

    @Test
    void aWorkflowElementWithoutAStepSaysToEditTheWorkflow() {
        jira.signIn("sam.manager");

        assertThatThrownBy(() -> new UpdateStepValidator(store, callers, jira).validate(vars(""), Map.of(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("edit the workflow");
    }

    @Test
    void theFactoryKeepsTheChosenStepAndRefusesAnUnknownOne() {
        UpdateStepFactory factory = new UpdateStepFactory();

        assertThat(factory.getDescriptorParams(Map.of("step", new String[] {"sign-off"})))
                .isEqualTo(Map.of("step", "sign-off"));
        assertThatThrownBy(() -> factory.getDescriptorParams(Map.of("step", new String[] {"approve"})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step must be one of submit, no-data, verify, sign-off, publish, return, but is 'approve'");
    }

    @Test
    void theFactoryShowsTheChosenStepAndOffersEveryStep() {
        ConditionDescriptor descriptor = new ConditionDescriptor();
        @SuppressWarnings("unchecked")
        Map<Object, Object> args = descriptor.getArgs();
        args.put("step", "sign-off");

        Map<String, ?> params = new UpdateStepFactory().getVelocityParams("view", descriptor);

        assertThat(params.get("stepLabel")).isEqualTo("Sign off");
        assertThat(params.get("stepOptionsHtml").toString()).contains("<option value=\"sign-off\" selected>Sign off",
                "<option value=\"return\">Return for revision</option>");
        assertThat(new UpdateStepFactory().getVelocityParams("input-parameters", null).get("stepLabel"))
                .isEqualTo("no step chosen");
    }

    @Test
    void onPublicationTheKpisIssueGetsThePublishedFigureInItsFieldsAndNotBefore() throws Exception {
        long kpiIssue = update.parentId();
        assertThat(kpiFields(kpiIssue)).containsExactly("Place", "Green", "61.0", "Not comparable");

        submitGreen();
        jira.signIn("pat.perf");
        take(UpdateAction.VERIFY, "");
        jira.signIn("ann.approver");
        take(UpdateAction.SIGN_OFF, "");
        assertThat(kpiFields(kpiIssue)).containsExactly("Place", "Green", "61.0", "Not comparable");

        jira.signIn("pat.perf");
        take(UpdateAction.PUBLISH, "");
        assertThat(kpiFields(kpiIssue)).containsExactly("Place", "Green", "62.5", "Improving");
    }

    /** The KPI issue's directorate, status, latest value and direction of travel as Jira holds them. */
    private List<String> kpiFields(long issueId) {
        FakeJira.FakeIssue issue = jira.issues().get(issueId);
        return List.of(FieldNames.DIRECTORATE, FieldNames.KPI_STATUS, FieldNames.LATEST_VALUE,
                FieldNames.DIRECTION_OF_TRAVEL).stream().map(name -> {
                    Object value = issue.getCustomFieldValue(jira.getCustomFieldObjectsByName(name).iterator().next());
                    return value == null ? "" : value instanceof FakeJira.SelectOption option ? option.getValue()
                            : value.toString();
                }).toList();
    }

    private KpiIssues kpiIssues() {
        return jira.kpiIssues(store);
    }

    private void submitGreen() throws WorkflowException {
        jira.signIn("sam.manager");
        jira.fieldValue(update.id(), "KPI value", 62.5);
        take(UpdateAction.SUBMIT, "");
    }

    /** Takes the step as Jira would: the validator, then the function, as the signed-in user. */
    private void take(UpdateAction action, String comment) throws WorkflowException {
        Map<String, String> args = step(action.apiName());
        assertThat(new UpdateStepCondition(store, callers).passesCondition(vars(comment), args, null)).isTrue();
        new UpdateStepValidator(store, callers, jira).validate(vars(comment), args, null);
        new RecordUpdateStep(store, callers, jira, kpiIssues()).execute(vars(comment), args, null);
    }

    private InvalidInputException refusal(UpdateAction action, String comment) {
        try {
            new UpdateStepValidator(store, callers, jira).validate(vars(comment), step(action.apiName()), null);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError(action + " was not refused");
    }

    private List<UpdateAction> offered(String user) {
        jira.signIn(user);
        UpdateStepCondition condition = new UpdateStepCondition(store, callers);
        return List.of(UpdateAction.values()).stream()
                .filter(action -> condition.passesCondition(vars(""), step(action.apiName()), null)).toList();
    }

    private MeasurementRow row(String reader) {
        jira.signIn(reader);
        return new KpiResource(store, callers).measurements(null, "WST-01", "2025-26-Q2", "2025-26-Q2").get(0);
    }

    private Map<String, Object> vars(String comment) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", update);
        if (!comment.isEmpty()) {
            vars.put("comment", comment);
        }
        return vars;
    }

    private static Map<String, String> step(String name) {
        return Map.of("step", name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
