package org.goldenthread.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.goldenthread.rest.ApiClient;
import org.goldenthread.store.CsvImport;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI page's target amendments over real HTTP: staff see each amendment's original and amended target, state and
 * reason; the performance team and the owner get the form to propose one; those who decide get Approve and Reject,
 * except on their own proposals; scrutiny members get none of it.
 */
class KpiPageTargetAmendmentsTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;
    private WorkbenchServer server;

    @BeforeEach
    void start() throws Exception {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        CsvImport csv = new CsvImport(server.database().activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", ApiClient.bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head
                """), "perf");
        csv.importTargets("targets.csv", ApiClient.bytes("kpi,financial_year,value\nWST-01,2025/26,64.0\n"), "perf");
        csv.importMeasurements("history.csv", ApiClient.bytes("kpi,period,value\nWST-01,2025/26 Q2,61.0\n"), "perf");
        HttpResponse<String> proposed = new ApiClient(server).post("kpis/WST-01/target-amendments", "perf",
                "application/json", ApiClient.bytes("{\"period\":\"2025/26 Q3\",\"value\":\"60\","
                        + "\"reason\":\"Garden waste collections suspended\"}"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theApproverSeesTheProposalWithApproveAndALabelledReasonToReject() throws Exception {
        String page = page("head");

        assertThat(page).contains("<h2 id=\"amendments\">Target amendments</h2>",
                "<th scope=\"row\">2025/26 Q3</th><td>64.0%</td><td>60.0%</td><td>Proposed</td>"
                        + "<td>Garden waste collections suspended</td><td>perf, ",
                "aria-label=\"Approve the amendment from 2025/26 Q3\">Approve</button>",
                "<label for=\"reject-1\">Reason for rejecting</label> <input id=\"reject-1\" name=\"reason\" required>",
                "<label for=\"amend-period\">", "<label for=\"amend-value\">", "<label for=\"amend-reason\">",
                "/static/target-amendments.js");
    }

    @Test
    void theProposerIsToldSomeoneElseDecidesAndAnUpdaterOnlyReads() throws Exception {
        String proposer = page("perf");
        String updater = page("manager");

        assertThat(proposer).contains("Propose an amendment", "(separation of duties)").doesNotContain("wb-approve");
        assertThat(updater).contains("<td>60.0%</td><td>Proposed</td>", "Awaiting a decision by the KPI's approver")
                .doesNotContain("wb-approve", "Propose an amendment");
        assertThat(page("scrutiny")).doesNotContain("Target amendments");
    }

    @Test
    void theScriptIsServed() throws Exception {
        HttpResponse<String> script = get("static/target-amendments.js", null);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/target-amendments", "/approve", "/reject");
    }

    private String page(String user) throws Exception {
        HttpResponse<String> response = get("kpis/WST-01", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(URI.create(path)));
        if (user != null) {
            request.header("Authorization", ApiClient.basic(user, user));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
