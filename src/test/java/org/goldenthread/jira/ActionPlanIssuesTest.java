package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.Repositories;
import org.goldenthread.store.StoredActionPlan;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.goldenthread.workbench.render.VelocityTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Action plans in Jira, over the real store and the in-memory Jira: a plan made through the Jira store is shown as an
 * Action Plan issue linked from its KPI's issue, which shows the KPI's tile; a red update without a plan offers
 * "Create action plan", whose page sends the plan to the API.
 */
class ActionPlanIssuesTest {
    private static final long PROJECT = 10_100L;

    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private JiraRepositories store;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("sam.manager").user("head")
            .user("cllr.jones").project(PROJECT, "WASTE");
    private FakeJira.FakeIssue kpiIssue;
    private FakeJira.FakeIssue updateIssue;

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new JiraRepositories(database.activeObjects(), new ActionPlanIssueMaker(jira, jira, jira, jira, jira,
                jira, jira, jira));
        CsvImport csv = new CsvImport(database.activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,"
                + "lifecycle\nWST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,"
                + "sam.manager,ACTIVE\n"), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,60.0\n"), "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,61.0\n"), "perf");
        jira.signIn("jira.admin");
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.kpiIssues(store).project();
        new UpdateIssueMaker(jira, jira, jira, jira, jira, jira, store).open(LocalDate.of(2025, 10, 6));
        kpiIssue = jira.issues().get(store.kpis().find("WST-01").orElseThrow().issueId().orElseThrow());
        updateIssue = jira.issues().values().stream().filter(issue -> issue.parentId() != null).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPlanIsShownAsAnActionPlanIssueLinkedFromItsKpisIssue() {
        jira.signIn("sam.manager");

        StoredActionPlan plan = store.actionPlans().create(plan(), "sam.manager");

        long planIssueId = store.planIssues().issueOf(plan.id()).orElseThrow();
        FakeJira.FakeIssue planIssue = jira.issues().get(planIssueId);
        assertThat(planIssue.summary()).isEqualTo("WST-01 action plan: Restart garden waste rounds");
        assertThat(planIssue.projectId()).isEqualTo(PROJECT);
        assertThat(planIssue.assignee()).isEqualTo(jira.getUserByKey("head").getUsername());
        assertThat(planIssue.dueDate()).isEqualTo("31/Mar/27");
        assertThat(jira.getIssueTypes()).filteredOn(type -> type.getId().equals(planIssue.typeId()))
                .singleElement().satisfies(type -> assertThat(type.getName()).isEqualTo("Action Plan"));
        assertThat(jira.issueLinks()).containsExactly(kpiIssue.id() + ", Action plan, " + planIssueId);
        assertThat(store.planIssues().planOf(planIssueId)).contains(plan.id());
        assertThat(store.actionPlans().forKpi("WST-01")).hasSize(1);
    }

    @Test
    void aChangeToThePlanReachesItsIssue() {
        jira.signIn("sam.manager");
        StoredActionPlan plan = store.actionPlans().create(plan(), "sam.manager");

        store.actionPlans().update(plan.id(), new ActionPlan("WST-01", "Restart garden waste rounds in May",
                "Two crews from May", "sam.manager", LocalDate.of(2027, 6, 30), 20, List.of()), plan.editVersion(),
                "sam.manager");

        FakeJira.FakeIssue planIssue = jira.issues().get(store.planIssues().issueOf(plan.id()).orElseThrow());
        assertThat(planIssue.summary()).isEqualTo("WST-01 action plan: Restart garden waste rounds in May");
        assertThat(planIssue.description()).isEqualTo("Two crews from May");
        assertThat(planIssue.assignee()).isEqualTo(jira.getUserByKey("sam.manager").getUsername());
        assertThat(planIssue.dueDate()).isEqualTo("30/Jun/27");
        assertThat(store.actionPlans().find(plan.id()).orElseThrow().plan().progress()).isEqualTo(20);
    }

    @Test
    void aPlanJiraCannotMakeAnIssueForStillStands() {
        jira.signIn("sam.manager");
        jira.issues().remove(kpiIssue.id());

        StoredActionPlan plan = store.actionPlans().create(plan(), "sam.manager");

        assertThat(store.actionPlans().find(plan.id())).isPresent();
        assertThat(store.planIssues().issueOf(plan.id())).isEmpty();
        assertThat(jira.issueLinks()).isEmpty();
    }

    @Test
    void theActionPlanIssueShowsItsKpisTile() {
        jira.signIn("sam.manager");
        long planIssueId = store.planIssues().issueOf(store.actionPlans().create(plan(), "sam.manager").id())
                .orElseThrow();
        FakeJira.FakeIssue planIssue = jira.issues().get(planIssueId);
        jira.signIn("cllr.jones");

        assertThat(new KpiIssueCondition(store).shouldDisplay(Map.of("issue", planIssue))).isTrue();
        assertThat(panel(planIssue)).contains("WST-01 Household waste recycled", "61.0%",
                "Restart garden waste rounds: head, due 2027-03-31");
    }

    @Test
    void aRedUpdateWithoutAPlanOffersCreateActionPlanAndNotOnceThereIsOne() {
        ActionPlanNeededCondition condition = new ActionPlanNeededCondition(store);
        assertThat(condition.shouldDisplay(Map.of("issue", updateIssue))).isFalse();

        new QuarterlyUpdates(store).take(new Caller("sam.manager", Set.of()), "WST-01", "2025-26-Q2",
                new StepRequestBody("submit", "41.0", "Depot fire", null, null, null), 0);
        assertThat(condition.shouldDisplay(Map.of("issue", updateIssue))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", kpiIssue))).isFalse();

        jira.signIn("sam.manager");
        store.actionPlans().create(plan(), "sam.manager");
        assertThat(condition.shouldDisplay(Map.of("issue", updateIssue))).isFalse();
    }

    @Test
    void theCreateActionPlanPageOffersAFormForTheUpdatesKpiSentToTheApi() throws Exception {
        try (AdminServletHost host = host()) {
            jira.signIn("sam.manager");

            HttpResponse<String> page = host.get("?issue=" + updateIssue.id());
            HttpResponse<String> notAnUpdate = host.get("?issue=" + kpiIssue.id());
            jira.signIn("cllr.jones");
            HttpResponse<String> scrutiny = host.get("?issue=" + updateIssue.id());
            jira.signOut();
            HttpResponse<String> signedOut = host.get("?issue=" + updateIssue.id());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Create action plan for WST-01 Household waste recycled</h1>",
                    "data-kpi=\"WST-01\"", "data-api=\"/jira/rest/golden-thread/1.0/action-plans\"",
                    "data-back=\"/jira/browse/WASTE-" + updateIssue.id() + "\"",
                    "<label for=\"title\">Title</label>", "aria-describedby=\"owner-help\" value=\"head\"",
                    "type=\"date\" required", "role=\"alert\" hidden");
            assertThat(notAnUpdate.statusCode()).isEqualTo(404);
            assertThat(scrutiny.statusCode()).isEqualTo(403);
            assertThat(scrutiny.body()).contains("Only WST-01's updaters and the performance team may create its "
                    + "action plans.").doesNotContain("<form");
            assertThat(signedOut.statusCode()).isEqualTo(302);
            assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).contains("login.jsp"));
        }
    }

    private AdminServletHost host() throws Exception {
        return AdminServletHost.start(new ActionPlanPageServlet(AdminServletHost.LOGIN,
                new AdminServletHost.FakePages(), jira, store, new JiraCallers(jira, jira, jira, jira, jira, jira, store)),
                ActionPlanPageServlet.PATH);
    }

    private String panel(FakeJira.FakeIssue issue) {
        VelocityTemplates templates = new VelocityTemplates(PluginDescriptor.fromClasspath().velocityAllowlist());
        Map<String, Object> context = new KpiIssuePanel(templates, new AdminServletHost.FakePages(), store,
                new JiraCallers(jira, jira, jira, jira, jira, jira, store)).getContextMap(Map.of("issue", issue));
        StringWriter html = new StringWriter();
        templates.render("templates/issue-panel.vm", context, html);
        return html.toString();
    }

    private static ActionPlan plan() {
        return new ActionPlan("WST-01", "Restart garden waste rounds", "Two crews from April", "head",
                LocalDate.of(2027, 3, 31), 0, List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
