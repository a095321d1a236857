package org.goldenthread.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import org.goldenthread.store.CsvImport;
import org.goldenthread.testing.MovingClock;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI page over real HTTP: the performance team gets a labelled form per published period to restate its figure
 * and override its status; nobody else does; a restatement and an override made show on the page in words.
 */
class KpiPageCorrectionsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final MovingClock clock = new MovingClock(Instant.parse("2025-08-01T09:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path data;
    private WorkbenchServer server;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
        CsvImport csv = new CsvImport(server.database().activeObjects(), clock);
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,tolerance_type,tolerance
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,ABSOLUTE,2
                """), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,64.0\n"), "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,61.0\n"), "perf");
        clock.set(Instant.parse("2025-11-03T10:00:00Z"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePerformanceTeamGetsLabelledFormsForEachPublishedPeriod() throws Exception {
        String page = get("kpis/WST-01", "perf").body();

        assertThat(page).contains("<h2>Corrections to published figures</h2>",
                "<tr data-kpi=\"WST-01\" data-period=\"2025-26-Q1\" data-version=\"1\">",
                "<label for=\"restate-value-2025-26-Q1\">New figure for 2025/26 Q1</label> "
                        + "<input id=\"restate-value-2025-26-Q1\" name=\"value\"",
                "<label for=\"restate-reason-2025-26-Q1\">Reason for restating 2025/26 Q1</label>",
                "<label for=\"override-status-2025-26-Q1\">Status for 2025/26 Q1</label>",
                "<option value=\"AMBER\">Amber</option>",
                "<label for=\"override-reason-2025-26-Q1\">Reason for overriding 2025/26 Q1</label>",
                "<p class=\"wb-error\" id=\"correction-error-2025-26-Q1\" role=\"alert\" hidden></p>", "<script src=\"/static/corrections.js\">")
                .doesNotContain("Remove override", "<option value=\"MET\">");
        HttpResponse<String> script = get("static/corrections.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/restatements", "/status-override");
    }

    @Test
    void nobodyElseGetsTheForms() throws Exception {
        for (String user : new String[] {"manager", "head", "scrutiny"}) {
            HttpResponse<String> page = get("kpis/WST-01", user);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(user).doesNotContain("Corrections to published figures", "wb-correction");
        }
    }

    @Test
    void aRestatementAndAnOverrideShowOnThePageWithARemoveForm() throws Exception {
        assertThat(send("POST", "rest/golden-thread/1.0/kpis/WST-01/measurements/2025-26-Q1/restatements",
                "{\"value\":\"63.0\",\"reason\":\"Late returns\",\"version\":1}").statusCode()).isEqualTo(200);
        assertThat(send("PUT", "rest/golden-thread/1.0/kpis/WST-01/measurements/2025-26-Q1/status-override",
                "{\"status\":\"GREEN\",\"reason\":\"Depot fire\",\"version\":2}").statusCode()).isEqualTo(200);

        String page = get("kpis/WST-01", "perf").body();

        assertThat(page).contains("data-version=\"3\"",
                "63.0% <span class=\"gt-restated\">(Restated on 3 November 2025 (published as 61.0%): Late returns)",
                "Green (overridden from Amber: Depot fire)",
                "<label for=\"remove-reason-2025-26-Q1\">Reason for removing the override of 2025/26 Q1</label>",
                "Remove override");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(URI.create(path)));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(server.baseUri().resolve(URI.create(path)))
                .header("Authorization", basic("perf")).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
