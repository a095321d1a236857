package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.rest.ApiException;
import org.goldenthread.rest.KpiResource;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.goldenthread.workbench.render.VelocityTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel on a KPI's issue, drawn with the plugin's own templates by the workbench's Velocity, which refuses what
 * Jira's would, over the real store and the in-memory Jira.
 */
class KpiIssuePanelTest {
    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private VelocityTemplates templates;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("cllr.jones").project(10_100L,
            "WASTE");
    private final AdminServletHost.FakePages pages = new AdminServletHost.FakePages();
    private FakeJira.FakeIssue kpiIssue;

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        templates = new VelocityTemplates(descriptor.velocityAllowlist());
        CsvImport csv = new CsvImport(database.activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner\n"
                + "WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head\n"), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,60.0\n"), "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,56.0\n"
                + "WST-01,2025/26 Q2,58.5\n"), "perf");
        store.actionPlans().create(new ActionPlan("WST-01", "Restart garden waste rounds", "", "head",
                LocalDate.of(2099, 3, 31), 40, List.of()), "head");
        jira.signIn("jira.admin");
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.kpiIssues(store).project();
        kpiIssue = jira.issues().values().iterator().next();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void onlyAKpisIssueShowsThePanel() {
        KpiIssueCondition condition = new KpiIssueCondition(store);
        FakeJira.FakeIssue other = new FakeJira.FakeIssue(99L, 10_100L, "3", "Fix the bins", "", null, null, null,
                jira);

        assertThat(condition.shouldDisplay(Map.of("issue", kpiIssue))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", other))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    void thePanelShowsTheTileTheTrendWithItsTableAndTheActionPlans() {
        jira.signIn("cllr.jones");

        String html = panel(kpiIssue);

        assertThat(html).startsWith("<div class=\"gt-issue-panel\">").contains("WST-01 Household waste recycled",
                "58.5%", "<strong>Amber</strong>", "<svg", "<table",
                "Restart garden waste rounds: head, due 2099-03-31, 40% done");
        assertThat(pages.required).singleElement().asString().endsWith(":issue-panel-styles");
    }

    @Test
    void aReaderJiraDoesNotKnowSeesWhyNotTheFigures() {
        jira.signOut();

        assertThat(panel(kpiIssue)).contains("Log in to use Golden Thread").doesNotContain("58.5");
    }

    @Test
    void aKpiWhoseIssueTheReaderMayNotBrowseDoesNotExistForThem() {
        jira.secured(kpiIssue.id(), "jira.admin");
        JiraCallers callers = new JiraCallers(jira, jira, jira, jira, jira, jira, store);
        KpiResource kpis = new KpiResource(store, callers);

        jira.signIn("cllr.jones");
        assertThatThrownBy(() -> kpis.measurements(null, "WST-01", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(panel(kpiIssue)).doesNotContain("58.5");
        jira.signIn("jira.admin");
        assertThat(kpis.measurements(null, "WST-01", null, null)).isNotEmpty();
    }

    private String panel(FakeJira.FakeIssue issue) {
        Map<String, Object> context = new KpiIssuePanel(templates, pages, store,
                new JiraCallers(jira, jira, jira, jira, jira, jira, store)).getContextMap(Map.of("issue", issue));
        StringWriter html = new StringWriter();
        templates.render("templates/issue-panel.vm", context, html);
        return html.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
