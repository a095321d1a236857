package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.goldenthread.contract.StepRequestBody;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.QuarterlyUpdates;
import org.goldenthread.rest.Role;
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
 * The panel on a KPI's update issue, over the real store and the in-memory Jira: the period's figure as entered and
 * the status it gets, with the periods before it, as the reader may see them.
 */
class UpdateIssuePanelTest {
    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private VelocityTemplates templates;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("sam.manager").user("cllr.jones")
            .project(10_100L, "WASTE");
    private final AdminServletHost.FakePages pages = new AdminServletHost.FakePages();
    private FakeJira.FakeIssue update;

    @BeforeEach
    void open() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        templates = new VelocityTemplates(descriptor.velocityAllowlist());
        CsvImport csv = new CsvImport(database.activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,"
                + "lifecycle\nWST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,"
                + "sam.manager,ACTIVE\n"), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,60.0\n"), "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value,commentary\n"
                + "WST-01,2025/26 Q1,56.0,Garden waste paused\n"), "perf");
        jira.signIn("jira.admin");
        jira.provisioning(store).enable("WASTE", "jira.admin");
        jira.kpiIssues(store).project();
        new UpdateIssueMaker(jira, jira, jira, jira, jira, jira, store).open(LocalDate.of(2025, 10, 6));
        update = jira.issues().values().stream().filter(issue -> issue.parentId() != null).findFirst().orElseThrow();
        new QuarterlyUpdates(store).take(new Caller("sam.manager", Set.of(Role.UPDATER)), "WST-01", "2025-26-Q2",
                new StepRequestBody("submit", "61.5", "Rounds back to normal", null, null, null), 0);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void onlyAnUpdateIssueShowsThePanel() {
        UpdateIssueCondition condition = new UpdateIssueCondition(store);
        FakeJira.FakeIssue kpiIssue = jira.issues().get(update.parentId());

        assertThat(condition.shouldDisplay(Map.of("issue", update))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", kpiIssue))).isFalse();
    }

    @Test
    void theUpdaterSeesTheFigureTheyEnteredWithItsStatusAndThePeriodBefore() {
        jira.signIn("sam.manager");

        String html = panel();

        assertThat(html).contains("WST-01 Household waste recycled: 2025/26 Q2 and the periods before it",
                "2025/26 Q2 (this update)</th><td>61.5%</td><td>60.0%</td>", "Green", "Rounds back to normal",
                "2025/26 Q1</th><td>56.0%</td>", "Red", "Garden waste paused");
    }

    @Test
    void aScrutinyMemberDoesNotSeeTheFigureBeforeItIsPublished() {
        jira.signIn("cllr.jones");

        assertThat(panel()).contains("2025/26 Q2 (this update)</th><td>Not yet released</td>")
                .doesNotContain("61.5");
    }

    private String panel() {
        Map<String, Object> context = new UpdateIssuePanel(pages, store,
                new JiraCallers(jira, jira, jira, jira, jira, jira, store)).getContextMap(Map.of("issue", update));
        StringWriter html = new StringWriter();
        templates.render("templates/issue-panel.vm", context, html);
        return html.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
