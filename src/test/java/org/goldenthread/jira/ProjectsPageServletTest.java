package org.goldenthread.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.goldenthread.rest.AppVersion;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.EnabledProjects;
import org.goldenthread.store.Repositories;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Enable Golden Thread on a project" in Jira's administration, served by real Jetty over the in-memory Jira and the
 * real store: the page shows what enabling will do before it is done, and the enabling is sent as JSON.
 */
class ProjectsPageServletTest {
    @TempDir
    Path data;
    private WorkbenchDatabase database;
    private Repositories store;
    private AdminServletHost host;
    private final FakeJira jira = new FakeJira().administrator("jira.admin").user("pat.perf").project(10_100L,
            "WASTE");
    private final AdminServletHost.FakeWebSudo webSudo = new AdminServletHost.FakeWebSudo();
    private final AdminServletHost.FakePages pages = new AdminServletHost.FakePages();

    @BeforeEach
    void start() throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        database = WorkbenchDatabase.open(data, descriptor.key(), descriptor.activeObjectsEntities());
        store = new Repositories(database.activeObjects(), Clock.systemUTC());
        Provisioning provisioning = jira.provisioning(store);
        host = AdminServletHost.start(new ProjectsPageServlet(pages, AdminServletHost.LOGIN, webSudo,
                new JiraCallers(jira, jira, jira, jira, jira, jira, store), provisioning,
                jira.kpiIssues(store), store),
                ProjectsPageServlet.PATH);
        webSudo.secure = true;
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
        database.close();
    }

    @Test
    void thePageShowsWhatEnablingAProjectWillDoBeforeItIsDone() throws Exception {
        jira.signIn("jira.admin");

        HttpResponse<String> page = host.get("?project=waste");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"admin.active.tab\" content=\"golden-thread-projects\">",
                "No project yet.", "Enabling Golden Thread on WASTE",
                "<th scope=\"row\">Awaiting data</th><td>Will be created</td>",
                "<th scope=\"row\">Performance Team</th><td>Will be created</td>",
                "<form id=\"gt-enable\" class=\"aui\" data-project=\"WASTE\">");
        assertThat(pages.required).containsExactly(AppVersion.pluginKey() + ":projects-admin");
        assertThat(jira.statusNames()).hasSize(3);
    }

    @Test
    void forAProjectWithIssuesThePageLinksToJirasWorkflowSchemeMigration() throws Exception {
        jira.signIn("jira.admin").projectIssue(10_100L);

        HttpResponse<String> page = host.get("?project=WASTE");

        assertThat(page.body()).contains("<th scope=\"row\">Golden Thread: WASTE</th><td>Made ready: finish it in "
                + "Jira</td>", "Jira must migrate them to it", "page for the project: <a href=\"/jira/secure/"
                + "project/SelectProjectWorkflowScheme!default.jspa?projectId=10100\">open WASTE's workflow scheme "
                + "page in Jira</a>");
    }

    @Test
    void theAdministratorEnablesTheProjectAndThePageThenShowsItEnabled() throws Exception {
        jira.signIn("jira.admin");

        HttpResponse<String> enabled = host.post("application/json", "{\"project\":\"WASTE\"}");
        HttpResponse<String> page = host.get("?project=WASTE");

        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        JsonObject plan = JsonParser.parseString(enabled.body()).getAsJsonObject();
        assertThat(plan.get("projectKey").getAsString()).isEqualTo("WASTE");
        assertThat(plan.getAsJsonArray("items")).hasSize(28);
        assertThat(store.enabledProjects().all()).extracting(EnabledProjects.EnabledProject::enabledBy)
                .containsExactly("jira.admin");
        assertThat(page.body()).contains("<li>WASTE, by jira.admin at ",
                "<th scope=\"row\">Awaiting data</th><td>Already there: reused</td>");
    }

    @Test
    void thePageMakesTheKpiIssuesOnceTheProjectIsEnabled() throws Exception {
        jira.signIn("jira.admin");
        new CsvImport(database.activeObjects(), Clock.systemUTC()).importKpis("kpis.csv", ("key,title,directorate,"
                + "unit,decimals,polarity,frequency,owner\nWST-01,Household waste recycled,Place,PERCENT,1,"
                + "HIGHER_IS_BETTER,QUARTERLY,head\n").getBytes(StandardCharsets.UTF_8), "perf");
        host.post("application/json", "{\"project\":\"WASTE\"}");

        String before = host.get("").body();
        HttpResponse<String> made = host.post("application/json", "{\"action\":\"kpi-issues\"}");

        assertThat(before).contains("0 of 1 KPIs have their issue in Jira.");
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body()).isEqualTo("{\"created\":1,\"updated\":0,\"problems\":[]}");
        assertThat(host.get("").body()).contains("1 of 1 KPIs have their issue in Jira.");
    }

    @Test
    void aConflictChangesNothingAndSaysSo() throws Exception {
        jira.signIn("jira.admin");
        jira.status("Published", "indeterminate");

        HttpResponse<String> page = host.get("?project=WASTE");
        HttpResponse<String> refused = host.post("application/json", "{\"project\":\"WASTE\"}");

        assertThat(page.body()).contains("<td>Conflict: resolve first</td>", "nothing has been changed")
                .doesNotContain("gt-enable");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(store.enabledProjects().all()).isEmpty();
        assertThat(jira.roleNames()).isEmpty();
    }

    @Test
    void enablingIsSentAsJsonByAnAdministratorOnly() throws Exception {
        jira.signIn("jira.admin");
        HttpResponse<String> form = host.post("application/x-www-form-urlencoded", "project=WASTE");
        HttpResponse<String> badKey = host.post("application/json", "{\"project\":\"not a key\"}");
        jira.signIn("pat.perf");
        HttpResponse<String> notAdmin = host.post("application/json", "{\"project\":\"WASTE\"}");
        jira.signOut();
        HttpResponse<String> anonymous = host.post("application/json", "{\"project\":\"WASTE\"}");

        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("\"field\":\"project\"");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(store.enabledProjects().all()).isEmpty();
    }
}
