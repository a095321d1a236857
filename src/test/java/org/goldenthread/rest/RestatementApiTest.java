package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.goldenthread.store.CsvImport;
import org.goldenthread.testing.MovingClock;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published figure is locked for the cycle; the performance team corrects it by a restatement with its reason. The
 * published figure is kept: reports as published show it, marked restated, and every other view shows the restated
 * figure, its status worked out again, its direction of travel and SPC from the restated figure.
 */
class RestatementApiTest {
    private static final String Q1 = "kpis/WST-01/measurements/2025-26-Q1/restatements";
    private static final String REASON = "Contractor's late tonnage returns";

    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    private final MovingClock clock = new MovingClock(Instant.parse("2025-08-01T09:00:00Z"),
            ZoneId.of("Europe/London"));

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), clock);
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,tolerance_type,tolerance,min,max
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,ABSOLUTE,2,0,100
                """), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2024/25,62.0\nWST-01,2025/26,64.0\n"),
                "perf");
        csv.importMeasurements("history.csv", bytes("""
                kpi,period,value
                WST-01,2024/25 Q1,60.0
                WST-01,2024/25 Q2,61.0
                WST-01,2024/25 Q3,61.5
                WST-01,2024/25 Q4,62.0
                WST-01,2025/26 Q1,61.0
                """), "perf");
        clock.set(Instant.parse("2025-11-03T10:00:00Z"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theTeamRestatesAPublishedFigureAndTheRowShowsBothFigures() throws Exception {
        HttpResponse<String> restated = restate("perf", "63.0", REASON, 1);

        assertThat(restated.statusCode()).as(restated.body()).isEqualTo(200);
        JsonObject row = ApiClient.json(restated).getAsJsonObject();
        assertThat(row.get("value").getAsString()).isEqualTo("63.0");
        assertThat(row.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(row.get("version").getAsInt()).isEqualTo(2);
        assertThat(row.getAsJsonObject("direction").get("previous").getAsString()).isEqualTo("IMPROVING");
        JsonObject note = row.getAsJsonObject("restated");
        assertThat(note.get("publishedValue").getAsString()).isEqualTo("61.0");
        assertThat(note.get("publishedDisplay").getAsString()).isEqualTo("61.0%");
        assertThat(note.get("restatedValue").getAsString()).isEqualTo("63.0");
        assertThat(note.get("shown").getAsString()).isEqualTo("restated");
        assertThat(note.get("restatedOn").getAsString()).isEqualTo("2025-11-03");
        assertThat(note.get("restatedBy").getAsString()).isEqualTo("perf");
        assertThat(note.get("reason").getAsString()).isEqualTo(REASON);
        assertThat(note.get("note").getAsString())
                .isEqualTo("Restated on 3 November 2025 (published as 61.0%): " + REASON);
        assertThat(row.get("override").isJsonNull()).isTrue();

        JsonObject measurements = period(ApiClient.json(api.get("kpis/WST-01/measurements", "scrutiny"))
                .getAsJsonArray(), "2025-26-Q1");
        assertThat(measurements.get("value").getAsString()).isEqualTo("63.0");
        assertThat(measurements.getAsJsonObject("restated").get("publishedValue").getAsString()).isEqualTo("61.0");
        assertThat(period(ApiClient.json(api.get("kpis/WST-01/measurements", "scrutiny")).getAsJsonArray(),
                "2024-25-Q4").get("restated").isJsonNull()).isTrue();
    }

    @Test
    void theStatusIsWorkedOutAgainFromTheRestatedFigure() throws Exception {
        assertThat(status().get("status").getAsString()).isEqualTo("RED");

        restate("perf", "63.0", REASON, 1);

        JsonObject status = status();
        assertThat(status.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(status.getAsJsonObject("restated").get("publishedValue").getAsString()).isEqualTo("61.0");
        JsonObject scorecard = ApiClient.json(api.get("scorecard", "scrutiny")).getAsJsonObject()
                .getAsJsonArray("rows").get(0).getAsJsonObject();
        assertThat(scorecard.get("value").getAsString()).isEqualTo("63.0");
        assertThat(scorecard.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(scorecard.getAsJsonObject("restated").get("shown").getAsString()).isEqualTo("restated");
    }

    @Test
    void aTileShowsTheRestatedFigureNowAndThePublishedOneAsPublishedEachMarkedRestated() throws Exception {
        restate("perf", "63.0", REASON, 1);

        JsonObject now = tile("");
        assertThat(now.get("value").getAsString()).isEqualTo("63.0");
        assertThat(now.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(now.getAsJsonObject("direction").get("previous").getAsString()).isEqualTo("IMPROVING");
        assertThat(now.getAsJsonObject("restated").get("publishedDisplay").getAsString()).isEqualTo("61.0%");

        JsonObject asPublished = tile(",\"asPublished\":\"2025-11-30\"");
        assertThat(asPublished.get("value").getAsString()).isEqualTo("61.0");
        assertThat(asPublished.get("status").getAsString()).isEqualTo("RED");
        assertThat(asPublished.getAsJsonObject("direction").get("previous").getAsString()).isEqualTo("WORSENING");
        JsonObject note = asPublished.getAsJsonObject("restated");
        assertThat(note.get("shown").getAsString()).isEqualTo("published");
        assertThat(note.get("note").getAsString()).isEqualTo("Restated on 3 November 2025: now 63.0%");

        assertThat(tile(",\"asPublished\":\"signed-off\"").get("value").getAsString()).isEqualTo("61.0");
    }

    @Test
    void theSeriesAndSpcUseTheRestatedFigureAndTheSeriesAsPublishedThePublishedOne() throws Exception {
        restate("perf", "63.0", REASON, 1);

        assertThat(seriesValue("")).isEqualTo("63.0");
        assertThat(seriesValue("?asPublished=2025-11-30")).isEqualTo("61.0");
        JsonArray points = ApiClient.json(api.get("kpis/WST-01/spc", "scrutiny")).getAsJsonObject()
                .getAsJsonArray("points");
        assertThat(period(points, "2025-26-Q1").get("value").getAsString()).isEqualTo("63");
    }

    @Test
    void theRestatementIsAuditedWithTheOldAndNewFiguresWhoAndWhy() throws Exception {
        restate("perf", "63.0", REASON, 1);

        JsonObject event = ApiClient.json(api.get("kpis/WST-01/audit", "perf")).getAsJsonObject()
                .getAsJsonArray("events").get(0).getAsJsonObject();
        assertThat(event.get("periodId").getAsString()).isEqualTo("2025-26-Q1");
        assertThat(event.get("subject").getAsString()).isEqualTo("value restated");
        assertThat(event.get("user").getAsString()).isEqualTo("perf");
        assertThat(event.get("occurred").getAsString()).isEqualTo("2025-11-03T10:00:00Z");
        assertThat(event.get("oldValue").getAsString()).isEqualTo("61.0");
        assertThat(event.get("newValue").getAsString()).isEqualTo("63.0: " + REASON);
    }

    @Test
    void aSecondRestatementKeepsTheFigureAsFirstPublished() throws Exception {
        restate("perf", "63.0", REASON, 1);
        HttpResponse<String> again = restate("perf", "63.4", "Final tonnage audited", 2);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonObject note = ApiClient.json(again).getAsJsonObject().getAsJsonObject("restated");
        assertThat(note.get("publishedValue").getAsString()).isEqualTo("61.0");
        assertThat(note.get("restatedValue").getAsString()).isEqualTo("63.4");
        assertThat(tile(",\"asPublished\":\"2025-11-30\"").get("value").getAsString()).isEqualTo("61.0");
    }

    @Test
    void aStatusRecordedAtSignOffIsWorkedOutAgainAndKeptForTheReportAsSignedOff() throws Exception {
        step("manager", "{\"action\":\"submit\",\"value\":\"65.0\",\"commentary\":\"Garden waste\",\"version\":0}");
        step("perf", "{\"action\":\"verify\",\"version\":1}");
        step("head", "{\"action\":\"sign-off\",\"version\":2}");
        assertThat(api.post("updates/2025-26-Q2/publish", "perf", "application/json", bytes("{}")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> restated = api.post("kpis/WST-01/measurements/2025-26-Q2/restatements", "perf",
                "application/json", bytes("{\"value\":\"61.0\",\"reason\":\"Double-counted rounds\",\"version\":4}"));

        assertThat(restated.statusCode()).as(restated.body()).isEqualTo(200);
        JsonObject status = ApiClient.json(api.get("kpis/WST-01/status?period=2025-26-Q2", "perf"))
                .getAsJsonObject();
        assertThat(status.get("status").getAsString()).isEqualTo("RED");
        assertThat(status.get("recorded").getAsBoolean()).isTrue();
        JsonObject signedOff = tile(",\"period\":\"2025-26-Q2\",\"asPublished\":\"signed-off\"");
        assertThat(signedOff.get("value").getAsString()).isEqualTo("65.0");
        assertThat(signedOff.get("status").getAsString()).isEqualTo("GREEN");
        assertThat(api.get("kpis/WST-01/audit", "perf").body()).contains("\"subject\":\"status\"",
                "\"oldValue\":\"Green\",\"newValue\":\"Red\"");
    }

    @Test
    void onlyThePerformanceTeamRestates() throws Exception {
        assertThat(restate("manager", "63.0", REASON, 1).statusCode()).isEqualTo(403);
        assertThat(restate("head", "63.0", REASON, 1).statusCode()).isEqualTo(403);
        assertThat(restate("scrutiny", "63.0", REASON, 1).statusCode()).isEqualTo(403);
        assertThat(restate(null, "63.0", REASON, 1).statusCode()).isEqualTo(401);
        assertUnchanged();
    }

    @Test
    void aRestatementWithoutAReasonOrWithABadFigureIsRefusedNamingTheField() throws Exception {
        assertField(restate("perf", "63.0", "", 1), 400, "reason");
        assertField(api.post(Q1, "perf", "application/json", bytes("{\"value\":\"63.0\",\"version\":1}")), 400,
                "reason");
        assertField(restate("perf", "sixty-three", REASON, 1), 400, "value");
        assertField(restate("perf", "", REASON, 1), 400, "value");
        assertField(restate("perf", "130", REASON, 1), 400, "value");
        assertField(restate("perf", "61.00", REASON, 1), 400, "value");
        assertField(api.post(Q1, "perf", "application/json", bytes("{\"value\":\"63.0\",\"reason\":\"x\"}")), 400,
                "version");
        assertUnchanged();
    }

    @Test
    void aRestatementMadeToAnOlderVersionIsAConflict() throws Exception {
        assertField(restate("perf", "63.0", REASON, 0), 409, "version");
        restate("perf", "63.0", REASON, 1);

        assertField(restate("perf", "62.5", "Another look", 1), 409, "version");
        assertThat(tile("").get("value").getAsString()).isEqualTo("63.0");
    }

    @Test
    void aFigureNotYetPublishedGoesThroughItsUpdateNotARestatement() throws Exception {
        step("manager", "{\"action\":\"submit\",\"value\":\"65.0\",\"commentary\":\"Garden waste\",\"version\":0}");

        HttpResponse<String> refused = api.post("kpis/WST-01/measurements/2025-26-Q2/restatements", "perf",
                "application/json", bytes("{\"value\":\"66.0\",\"reason\":\"Typo\",\"version\":1}"));

        assertField(refused, 409, "published");
        assertThat(ApiClient.json(refused).getAsJsonObject().get("message").getAsString())
                .contains("Only a published figure is restated", "quarterly update");
        assertField(api.post("kpis/WST-01/measurements/2025-26-Q3/restatements", "perf", "application/json",
                bytes("{\"value\":\"66.0\",\"reason\":\"Typo\",\"version\":0}")), 409, "published");
    }

    private void assertUnchanged() throws Exception {
        JsonObject row = period(ApiClient.json(api.get("kpis/WST-01/measurements", "perf")).getAsJsonArray(),
                "2025-26-Q1");
        assertThat(row.get("value").getAsString()).isEqualTo("61.0");
        assertThat(row.get("version").getAsInt()).isEqualTo(1);
        assertThat(row.get("restated").isJsonNull()).isTrue();
        assertThat(api.get("kpis/WST-01/audit", "perf").body()).doesNotContain("restated");
    }

    private HttpResponse<String> restate(String user, String value, String reason, int version) throws Exception {
        return api.post(Q1, user, "application/json", bytes("{\"value\":\"" + value + "\",\"reason\":\"" + reason
                + "\",\"version\":" + version + "}"));
    }

    private void step(String user, String body) throws Exception {
        HttpResponse<String> response = api.post("kpis/WST-01/updates/2025-26-Q2/transitions", user,
                "application/json", bytes(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonObject status() throws Exception {
        HttpResponse<String> response = api.get("kpis/WST-01/status?period=2025-26-Q1", "scrutiny");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getAsJsonObject();
    }

    private JsonObject tile(String more) throws Exception {
        HttpResponse<String> response = api.post("tiles", "scrutiny", "application/json",
                bytes("{\"keys\":[\"WST-01\"]" + more + "}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getAsJsonObject().getAsJsonArray("tiles").get(0).getAsJsonObject()
                .getAsJsonObject("kpi");
    }

    private String seriesValue(String query) throws Exception {
        JsonArray points = ApiClient.json(api.get("kpis/WST-01/series" + query, "scrutiny")).getAsJsonObject()
                .getAsJsonArray("points");
        return period(points, "2025-26-Q1").get("value").getAsString();
    }

    private static JsonObject period(JsonArray rows, String periodId) {
        for (JsonElement row : rows) {
            if (row.getAsJsonObject().get("periodId").getAsString().equals(periodId)) {
                return row.getAsJsonObject();
            }
        }
        throw new AssertionError("no row for " + periodId + " in " + rows);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.json(response).getAsJsonObject().get("field").getAsString()).isEqualTo(field);
    }
}
