package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;
import static org.goldenthread.rest.ApiClient.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.ImportJob;
import org.goldenthread.testing.MovingClock;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOT-05 over HTTP: the performance team changes a KPI's definition with a reason; a change to what is measured starts
 * a new definition version, and the series breaks there for direction of travel and SPC.
 */
class DefinitionChangeApiTest {
    private static final String KPI = "kpis/WST-01";

    @TempDir
    Path data;
    private final MovingClock clock = new MovingClock(Instant.parse("2025-10-20T09:00:00Z"), ZoneOffset.UTC);
    private WorkbenchServer server;
    private ApiClient api;
    private CsvImport csv;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
        api = new ApiClient(server);
        csv = new CsvImport(server.database().activeObjects(), clock);
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,calculation
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,Tonnes recycled / tonnes collected
                """), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,50.0\n"), "perf");
        csv.importMeasurements("history.csv", bytes("""
                kpi,period,value
                WST-01,2024/25 Q2,44.0
                WST-01,2024/25 Q3,45.0
                WST-01,2024/25 Q4,46.0
                WST-01,2025/26 Q1,47.0
                """), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void dot05ANewCalculationStartsANewVersionAndTheSeriesBreaksThere() throws Exception {
        JsonObject changed = ok(put("perf", "{\"version\":1,\"reason\":\"Rejected loads now count as collected\","
                + "\"fields\":{\"calculation\":\"Tonnes recycled / tonnes collected, rejected loads included\"}}"));
        ok(api.post(KPI + "/updates/2025-26-Q2/transitions", "manager", "application/json",
                bytes("{\"action\":\"submit\",\"value\":\"51.0\",\"commentary\":\"New measure\",\"version\":0}")));

        assertThat(changed.get("definitionVersion").getAsInt()).isEqualTo(2);
        assertThat(changed.get("version").getAsInt()).isEqualTo(2);
        assertThat(changed.get("calculation").getAsString()).endsWith("rejected loads included");
        JsonObject q2 = row("2025-26-Q2");
        assertThat(q2.getAsJsonObject("direction").get("previous").getAsString()).isEqualTo("NOT_COMPARABLE");
        assertThat(q2.getAsJsonObject("direction").get("lastYear").getAsString()).isEqualTo("NOT_COMPARABLE");
        assertThat(row("2025-26-Q1").getAsJsonObject("direction").get("previous").getAsString())
                .isEqualTo("IMPROVING");
        JsonArray partitions = json(api.get(KPI + "/series", "perf")).getAsJsonObject().getAsJsonArray("partitions");
        assertThat(partitions).hasSize(2);
        JsonObject second = partitions.get(1).getAsJsonObject();
        assertThat(second.get("startPeriodId").getAsString()).isEqualTo("2025-26-Q2");
        assertThat(second.get("reason").getAsString()).contains("definition changed to version 2");
        assertThat(subjects()).contains("definition: calculation", "definition: def version", "definition changed");
        JsonObject reason = event("definition changed");
        assertThat(reason.get("oldValue").getAsString()).isEqualTo("version 1");
        assertThat(reason.get("newValue").getAsString())
                .isEqualTo("version 2: Rejected loads now count as collected");
    }

    @Test
    void aNewTitleKeepsTheDefinitionVersionAndIsAudited() throws Exception {
        JsonObject changed = ok(put("perf", "{\"version\":1,\"reason\":\"Plain English\","
                + "\"fields\":{\"title\":\"Waste recycled\"}}"));

        assertThat(changed.get("title").getAsString()).isEqualTo("Waste recycled");
        assertThat(changed.get("definitionVersion").getAsInt()).isEqualTo(1);
        assertThat(changed.get("version").getAsInt()).isEqualTo(2);
        JsonObject title = event("definition: title");
        assertThat(title.get("oldValue").getAsString()).isEqualTo("Household waste recycled");
        assertThat(title.get("newValue").getAsString()).isEqualTo("Waste recycled");
        assertThat(subjects()).doesNotContain("definition: def version");
    }

    @Test
    void dot05APolarityAnImportMayNotChangeIsChangedHereAsANewVersion() throws Exception {
        ImportJob refused = csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,calculation
                WST-01,Household waste recycled,Place,PERCENT,1,LOWER_IS_BETTER,QUARTERLY,head,manager,Tonnes recycled / tonnes collected
                """), "perf");
        JsonObject changed = ok(put("perf", "{\"version\":1,\"reason\":\"Now counts residual waste instead\","
                + "\"fields\":{\"polarity\":\"LOWER_IS_BETTER\",\"title\":\"Residual household waste\"}}"));

        assertThat(refused.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(changed.get("polarity").getAsString()).isEqualTo("LOWER_IS_BETTER");
        assertThat(changed.get("definitionVersion").getAsInt()).isEqualTo(2);
    }

    @Test
    void refusalsNameTheFieldAndTheRuleAndChangeNothing() throws Exception {
        String body = "{\"version\":1,\"reason\":\"x\",\"fields\":{\"title\":\"New\"}}";
        assertThat(put("manager", body).statusCode()).isEqualTo(403);
        assertThat(put("scrutiny", body).statusCode()).isEqualTo(403);
        assertInvalid(put("perf", "{\"version\":1,\"fields\":{\"title\":\"New\"}}"), "reason");
        assertInvalid(put("perf", "{\"reason\":\"x\",\"fields\":{\"title\":\"New\"}}"), "version");
        assertInvalid(put("perf", "{\"version\":1,\"reason\":\"x\"}"), "fields");
        assertInvalid(put("perf", "{\"version\":1,\"reason\":\"x\",\"fields\":{\"key\":\"WST-09\"}}"), "key");
        assertInvalid(put("perf", "{\"version\":1,\"reason\":\"x\",\"fields\":{\"frequency\":\"MONTHLY\"}}"),
                "frequency");
        assertInvalid(put("perf", "{\"version\":1,\"reason\":\"x\",\"fields\":{\"colour\":\"red\"}}"), "colour");
        HttpResponse<String> polarity = put("perf", "{\"version\":1,\"reason\":\"x\","
                + "\"fields\":{\"polarity\":\"UPWARDS\"}}");
        assertInvalid(polarity, "polarity");
        assertThat(json(polarity).getAsJsonObject().get("message").getAsString()).contains("UPWARDS");
        assertInvalid(put("perf", "{\"version\":1,\"reason\":\"x\",\"fields\":{\"title\":\"\"}}"), "title");
        assertThat(put("perf", body.replace("\"version\":1", "\"version\":7")).statusCode()).isEqualTo(409);
        assertThat(api.send(api.request(KPI + "-X", "perf").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode()).isEqualTo(404);

        JsonObject kpi = json(api.get(KPI, "perf")).getAsJsonObject();
        assertThat(kpi.get("title").getAsString()).isEqualTo("Household waste recycled");
        assertThat(kpi.get("version").getAsInt()).isEqualTo(1);
        assertThat(subjects()).doesNotContain("definition changed", "definition: title");
    }

    private JsonObject row(String periodId) throws Exception {
        return json(api.get(KPI + "/measurements", "perf")).getAsJsonArray().asList().stream()
                .map(JsonElement::getAsJsonObject).filter(row -> row.get("periodId").getAsString().equals(periodId))
                .findFirst().orElseThrow();
    }

    private List<String> subjects() throws Exception {
        return events().asList().stream().map(event -> event.getAsJsonObject().get("subject").getAsString())
                .toList();
    }

    private JsonObject event(String subject) throws Exception {
        return events().asList().stream().map(JsonElement::getAsJsonObject)
                .filter(event -> event.get("subject").getAsString().equals(subject)).findFirst().orElseThrow();
    }

    private JsonArray events() throws Exception {
        return json(api.get(KPI + "/audit", "perf")).getAsJsonObject().getAsJsonArray("events");
    }

    private HttpResponse<String> put(String user, String body) throws Exception {
        return api.send(api.request(KPI, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getAsJsonObject();
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).getAsJsonObject().get("field").getAsString()).isEqualTo(field);
    }
}
