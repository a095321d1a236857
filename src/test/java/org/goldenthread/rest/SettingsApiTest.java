package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;
import static org.goldenthread.rest.ApiClient.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.goldenthread.store.CsvImport;
import org.goldenthread.testing.MovingClock;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council's settings over HTTP: administrators change them, every change is audited, and the rules follow them. */
class SettingsApiTest {
    private static final String STANDARD = "{\"version\":0,\"tolerancePercent\":\"5\",\"submissionLag\":\"P1M\","
            + "\"openingLag\":\"P0D\","
            + "\"commentaryRequiredFor\":[\"AMBER\",\"RED\",\"NOT_MET\"],\"commentaryOnExceptions\":true,"
            + "\"actionPlanAfterAmberPeriods\":null,\"separationOfDuties\":true,\"publicReporting\":false,"
            + "\"councillorReadMode\":\"JIRA_ACCOUNTS\",\"authorityCode\":null}";
    private static final String STEP = "kpis/RES-01/updates/2025-26-Q2/transitions";

    @TempDir
    Path data;
    private final MovingClock clock = new MovingClock(Instant.parse("2025-10-15T09:00:00Z"), ZoneOffset.UTC);
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), clock);
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,benchmark_indicator
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,NI192
                RES-01,Invoices paid on time,Resources,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,admin,
                """), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,60.0\nRES-01,2025/26,95.0\n"),
                "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,56.0\n"), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void administratorsReadTheStandardSettingsUntilTheyChangeThem() throws Exception {
        HttpResponse<String> read = api.get("settings", "admin");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(STANDARD);
        assertThat(api.get("settings", "perf").statusCode()).isEqualTo(403);
        assertThat(put("perf", STANDARD).statusCode()).isEqualTo(403);
        assertThat(api.get("settings", null).statusCode()).isEqualTo(401);
    }

    @Test
    void rag02TheCouncilToleranceDecidesAmberForKpisWithoutTheirOwn() throws Exception {
        String before = status("2025-26-Q1");
        JsonObject saved = ok(put("admin", STANDARD.replace("\"5\"", "\"10\"")));

        assertThat(before).isEqualTo("RED");
        assertThat(saved.get("version").getAsInt()).isEqualTo(1);
        assertThat(saved.get("tolerancePercent").getAsString()).isEqualTo("10");
        assertThat(status("2025-26-Q1")).isEqualTo("AMBER");
        JsonObject explained = json(api.get("kpis/WST-01/status?period=2025-26-Q1", "perf")).getAsJsonObject();
        assertThat(explained.get("explanation").getAsString()).contains("10% of target");
    }

    @Test
    void theSubmissionLagDecidesWhenAMissingFigureIsOverdue() throws Exception {
        String withAMonth = status("2025-26-Q2");
        ok(put("admin", STANDARD.replace("P1M", "P10D")));

        assertThat(withAMonth).isEqualTo("NOT_DUE");
        assertThat(status("2025-26-Q2")).isEqualTo("MISSING");
    }

    @Test
    void rag07AndSeparationOfDutiesFollowTheSettings() throws Exception {
        clock.set(Instant.parse("2025-10-20T09:00:00Z"));
        HttpResponse<String> silent = step("admin", "{\"action\":\"submit\",\"value\":\"90.0\",\"version\":0}");
        ok(put("admin", STANDARD.replace("[\"AMBER\",\"RED\",\"NOT_MET\"]", "[]")
                .replace("\"commentaryOnExceptions\":true", "\"commentaryOnExceptions\":false")));
        ok(step("admin", "{\"action\":\"submit\",\"value\":\"90.0\",\"version\":0}"));
        HttpResponse<String> ownVerify = step("admin", "{\"action\":\"verify\",\"version\":1}");
        ok(put("admin", STANDARD.replace("\"version\":0", "\"version\":1").replace("\"separationOfDuties\":true",
                "\"separationOfDuties\":false")));
        JsonObject verified = ok(step("admin", "{\"action\":\"verify\",\"version\":1}"));

        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(json(silent).getAsJsonObject().get("field").getAsString()).isEqualTo("commentary");
        assertThat(ownVerify.statusCode()).isEqualTo(400);
        assertThat(json(ownVerify).getAsJsonObject().get("field").getAsString())
                .isEqualTo("separation-of-duties");
        assertThat(verified.get("state").getAsString()).isEqualTo("VERIFIED");
    }

    @Test
    void act01AnAmberRunCanBeMadeToNeedAnActionPlan() throws Exception {
        ok(put("admin", STANDARD.replace("\"actionPlanAfterAmberPeriods\":null,\"separationOfDuties\":true",
                "\"actionPlanAfterAmberPeriods\":1,\"separationOfDuties\":false")));
        ok(step("admin", "{\"action\":\"submit\",\"value\":\"92.0\",\"commentary\":\"Staff shortage\","
                + "\"version\":0}"));
        ok(step("admin", "{\"action\":\"verify\",\"version\":1}"));
        HttpResponse<String> signOff = step("head", "{\"action\":\"sign-off\",\"version\":2}");

        assertThat(signOff.statusCode()).as(signOff.body()).isEqualTo(400);
        assertThat(json(signOff).getAsJsonObject().get("message").getAsString())
                .contains("has been amber for 1 period");
    }

    @Test
    void kpi18WithTheAuthorityCodeSetTheCouncilsOwnFigureIsPlacedAmongItsComparators() throws Exception {
        new CsvImport(server.database().activeObjects(), clock).importBenchmarks("benchmarks.csv", bytes("""
                indicator,period,authority,value
                NI192,2025/26 Q1,ANYTOWN,56.0
                NI192,2025/26 Q1,NORTHBRIDGE,40.0
                NI192,2025/26 Q1,WESTMORTON,50.0
                NI192,2025/26 Q1,SOUTHFORD,54.0
                NI192,2025/26 Q1,KINGSHOLT,60.0
                NI192,2025/26 Q1,MARSHBY,62.0
                """), "perf");
        JsonObject before = benchmark();
        ok(put("admin", STANDARD.replace("\"authorityCode\":null", "\"authorityCode\":\"anytown\"")));
        JsonObject after = benchmark();

        assertThat(before.get("authorities").getAsInt()).isEqualTo(6);
        assertThat(before.get("own").isJsonNull()).isTrue();
        assertThat(after.get("authorities").getAsInt()).isEqualTo(5);
        assertThat(after.get("median").getAsString()).isEqualTo("54.0");
        assertThat(after.get("upperQuartile").getAsString()).isEqualTo("60.0");
        assertThat(after.get("own").getAsString()).isEqualTo("56.0");
        assertThat(after.get("quartile").getAsString()).isEqualTo("SECOND");
    }

    @Test
    void confluenceMayAskAnyoneHowReportsAreReadAndLearnsNothingElse() throws Exception {
        String before = api.get("reading", null).body();
        ok(put("admin", STANDARD.replace("JIRA_ACCOUNTS", "REPORTING").replace("\"publicReporting\":false",
                "\"publicReporting\":true")));

        assertThat(before).isEqualTo("{\"councillorReadMode\":\"JIRA_ACCOUNTS\",\"publicReporting\":false}");
        assertThat(api.get("reading", null).body())
                .isEqualTo("{\"councillorReadMode\":\"REPORTING\",\"publicReporting\":true}");
    }

    @Test
    void eachChangeIsAuditedWithItsOldAndNewValue() throws Exception {
        ok(put("admin", STANDARD.replace("JIRA_ACCOUNTS", "REPORTING").replace("\"authorityCode\":null",
                "\"authorityCode\":\"E07000123\"")));

        JsonArray events = json(api.get("settings/audit", "admin")).getAsJsonObject().getAsJsonArray("events");
        assertThat(events).hasSize(2);
        JsonObject code = events.asList().stream().map(event -> event.getAsJsonObject())
                .filter(event -> event.get("subject").getAsString().equals("setting: authority code")).findFirst()
                .orElseThrow();
        assertThat(code.get("oldValue").getAsString()).isEqualTo("none");
        assertThat(code.get("newValue").getAsString()).isEqualTo("E07000123");
        assertThat(code.get("user").getAsString()).isEqualTo("admin");
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndNothingChanges() throws Exception {
        assertInvalid(put("admin", STANDARD.replace("\"5\"", "\"105\"")), "tolerancePercent");
        assertInvalid(put("admin", STANDARD.replace("\"5\"", "\"five\"")), "tolerancePercent");
        assertInvalid(put("admin", STANDARD.replace("P1M", "a month")), "submissionLag");
        assertInvalid(put("admin", STANDARD.replace("P1M", "P1Y")), "submissionLag");
        assertInvalid(put("admin", STANDARD.replace("P0D", "P2M")), "openingLag");
        assertInvalid(put("admin", STANDARD.replace("\"NOT_MET\"", "\"MISSING\"")), "commentaryRequiredFor");
        assertInvalid(put("admin", STANDARD.replace("\"actionPlanAfterAmberPeriods\":null",
                "\"actionPlanAfterAmberPeriods\":13")), "actionPlanAfterAmberPeriods");
        assertInvalid(put("admin", STANDARD.replace("JIRA_ACCOUNTS", "GUESTS")), "councillorReadMode");
        assertInvalid(put("admin", STANDARD.replace(",\"publicReporting\":false", "")), "publicReporting");
        assertInvalid(put("admin", STANDARD.replace("\"version\":0,", "")), "version");
        assertThat(put("admin", STANDARD.replace("\"version\":0", "\"version\":4")).statusCode()).isEqualTo(409);

        assertThat(api.get("settings", "admin").body()).isEqualTo(STANDARD);
        assertThat(json(api.get("settings/audit", "admin")).getAsJsonObject().get("total").getAsInt()).isZero();
    }

    private JsonObject benchmark() throws Exception {
        HttpResponse<String> series = api.get("kpis/WST-01/series", "perf");
        assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
        return json(series).getAsJsonObject().getAsJsonArray("benchmarks").get(0).getAsJsonObject();
    }

    private String status(String periodId) throws Exception {
        HttpResponse<String> response = api.get("kpis/WST-01/status?period=" + periodId, "perf");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getAsJsonObject().get("status").getAsString();
    }

    private HttpResponse<String> put(String user, String body) throws Exception {
        return api.send(api.request("settings", user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> step(String user, String body) throws Exception {
        return api.post(STEP, user, "application/json", body.getBytes(StandardCharsets.UTF_8));
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
