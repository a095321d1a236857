package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
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
 * The performance team overrides a period's worked-out status with a reason, and removes the override with one; every
 * view of the status shows both, and each change is in the audit log (CYC-08). The figure, and so its direction of
 * travel and SPC, is untouched.
 */
class StatusOverrideApiTest {
    private static final String OVERRIDE = "kpis/WST-01/measurements/2025-26-Q1/status-override";
    private static final String REASON = "Depot fire closed two rounds";

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
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,tolerance_type,tolerance,compliance
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,ABSOLUTE,2,
                FOI-01,FOI requests answered in time,Resources,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,,,true
                """), "perf");
        csv.importTargets("targets.csv", bytes("""
                kpi,financial_year,value
                WST-01,2024/25,62.0
                WST-01,2025/26,64.0
                FOI-01,2025/26,90.0
                """), "perf");
        csv.importMeasurements("history.csv", bytes("""
                kpi,period,value
                WST-01,2024/25 Q4,62.0
                WST-01,2025/26 Q1,61.0
                FOI-01,2025/26 Q1,85.0
                """), "perf");
        clock.set(Instant.parse("2025-11-03T10:00:00Z"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theTeamOverridesAStatusAndTheRowShowsBoth() throws Exception {
        HttpResponse<String> overridden = override("perf", "AMBER", REASON, 1);

        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
        JsonObject row = ApiClient.json(overridden).getAsJsonObject();
        assertThat(row.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(row.get("explanation").getAsString()).startsWith("Amber (overridden from Red: " + REASON + "). ");
        assertThat(row.get("value").getAsString()).isEqualTo("61.0");
        assertThat(row.get("version").getAsInt()).isEqualTo(2);
        JsonObject override = row.getAsJsonObject("override");
        assertThat(override.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(override.get("label").getAsString()).isEqualTo("Amber");
        assertThat(override.get("computed").getAsString()).isEqualTo("RED");
        assertThat(override.get("computedLabel").getAsString()).isEqualTo("Red");
        assertThat(override.get("reason").getAsString()).isEqualTo(REASON);
        assertThat(override.get("overriddenBy").getAsString()).isEqualTo("perf");
        assertThat(override.get("overriddenAt").getAsString()).isEqualTo("2025-11-03T10:00:00Z");
        assertThat(override.get("text").getAsString()).isEqualTo("Amber (overridden from Red: " + REASON + ")");
    }

    @Test
    void everyViewOfTheStatusShowsTheOverrideAndTheStatusWorkedOut() throws Exception {
        override("perf", "AMBER", REASON, 1);

        JsonObject status = ApiClient.json(api.get("kpis/WST-01/status", "scrutiny")).getAsJsonObject();
        assertThat(status.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(status.get("label").getAsString()).isEqualTo("Amber");
        assertThat(status.getAsJsonObject("override").get("computed").getAsString()).isEqualTo("RED");
        JsonObject measurement = period(ApiClient.json(api.get("kpis/WST-01/measurements", "scrutiny"))
                .getAsJsonArray(), "2025-26-Q1");
        assertThat(measurement.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(measurement.getAsJsonObject("override").get("reason").getAsString()).isEqualTo(REASON);
        JsonObject detail = ApiClient.json(api.get("kpis/WST-01", "scrutiny")).getAsJsonObject()
                .getAsJsonObject("status");
        assertThat(detail.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(detail.getAsJsonObject("override").get("computed").getAsString()).isEqualTo("RED");
        JsonObject scorecard = row(ApiClient.json(api.get("scorecard", "scrutiny")).getAsJsonObject()
                .getAsJsonArray("rows"), "WST-01");
        assertThat(scorecard.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(scorecard.get("explanation").getAsString()).startsWith("Amber (overridden from Red: ");
        assertThat(scorecard.getAsJsonObject("override").get("computed").getAsString()).isEqualTo("RED");
        for (String asPublished : new String[] {"", ",\"asPublished\":\"2025-11-30\""}) {
            JsonObject tile = tile(asPublished);
            assertThat(tile.get("status").getAsString()).isEqualTo("AMBER");
            assertThat(tile.getAsJsonObject("override").get("text").getAsString())
                    .isEqualTo("Amber (overridden from Red: " + REASON + ")");
        }
        assertThat(api.get("scorecard?status=AMBER", "scrutiny").body()).contains("\"key\":\"WST-01\"");
    }

    @Test
    void theFigureItsDirectionOfTravelAndSpcAreUntouched() throws Exception {
        JsonObject series = ApiClient.json(api.get("kpis/WST-01/series", "scrutiny")).getAsJsonObject();
        String spc = api.get("kpis/WST-01/spc", "scrutiny").body();
        JsonObject before = tile("");

        override("perf", "GREEN", REASON, 1);

        JsonObject after = tile("");
        assertThat(after.get("value").getAsString()).isEqualTo(before.get("value").getAsString());
        assertThat(after.get("direction")).isEqualTo(before.get("direction"));
        assertThat(api.get("kpis/WST-01/spc", "scrutiny").body()).isEqualTo(spc);
        JsonObject overridden = ApiClient.json(api.get("kpis/WST-01/series", "scrutiny")).getAsJsonObject();
        assertThat(overridden.get("spc")).isEqualTo(series.get("spc"));
        JsonObject point = period(overridden.getAsJsonArray("points"), "2025-26-Q1");
        assertThat(point.get("value").getAsString()).isEqualTo("61.0");
        assertThat(point.get("status").getAsString()).isEqualTo("GREEN");
        assertThat(point.getAsJsonObject("override").get("computed").getAsString()).isEqualTo("RED");
    }

    @Test
    void theOverrideIsRemovedWithAReasonAndBothChangesAreAudited() throws Exception {
        override("perf", "AMBER", REASON, 1);

        assertField(remove("perf", "?version=2"), 400, "reason");
        assertField(remove("perf", "?reason=Fire%20was%20in%20Q2"), 400, "version");
        assertField(remove("perf", "?reason=Fire%20was%20in%20Q2&version=1"), 409, "version");
        assertThat(remove("manager", "?reason=Fire%20was%20in%20Q2&version=2").statusCode()).isEqualTo(403);
        HttpResponse<String> removed = remove("perf", "?reason=Fire%20was%20in%20Q2&version=2");

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        JsonObject row = ApiClient.json(removed).getAsJsonObject();
        assertThat(row.get("status").getAsString()).isEqualTo("RED");
        assertThat(row.get("override").isJsonNull()).isTrue();
        assertThat(row.get("version").getAsInt()).isEqualTo(3);
        assertThat(remove("perf", "?reason=Again&version=3").statusCode()).isEqualTo(404);
        JsonArray events = ApiClient.json(api.get("kpis/WST-01/audit", "perf")).getAsJsonObject()
                .getAsJsonArray("events");
        JsonObject removal = events.get(0).getAsJsonObject();
        assertThat(removal.get("subject").getAsString()).isEqualTo("status override removed");
        assertThat(removal.get("user").getAsString()).isEqualTo("perf");
        assertThat(removal.get("oldValue").getAsString()).isEqualTo("Amber (overridden from Red): " + REASON);
        assertThat(removal.get("newValue").getAsString()).isEqualTo("Red: Fire was in Q2");
        JsonObject set = events.get(1).getAsJsonObject();
        assertThat(set.get("subject").getAsString()).isEqualTo("status overridden");
        assertThat(set.get("periodId").getAsString()).isEqualTo("2025-26-Q1");
        assertThat(set.get("oldValue").getAsString()).isEqualTo("Red");
        assertThat(set.get("newValue").getAsString()).isEqualTo("Amber (overridden from Red): " + REASON);
    }

    @Test
    void onlyThePerformanceTeamOverrides() throws Exception {
        assertThat(override("manager", "AMBER", REASON, 1).statusCode()).isEqualTo(403);
        assertThat(override("head", "AMBER", REASON, 1).statusCode()).isEqualTo(403);
        assertThat(override("scrutiny", "AMBER", REASON, 1).statusCode()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void anOverrideToAStatusThatIsNotAJudgementOrWithoutAReasonIsRefusedNamingTheField() throws Exception {
        assertField(override("perf", "AMBER", " ", 1), 400, "reason");
        assertField(override("perf", "NOT_DUE", REASON, 1), 400, "status");
        assertField(override("perf", "MET", REASON, 1), 400, "status");
        assertField(override("perf", "PURPLE", REASON, 1), 400, "status");
        assertField(override("perf", "RED", REASON, 1), 400, "status");
        assertField(override("perf", "AMBER", REASON, 0), 409, "version");
        HttpResponse<String> refused = override("perf", "MET", REASON, 1);
        assertThat(ApiClient.json(refused).getAsJsonObject().get("message").getAsString())
                .contains("GREEN, AMBER or RED");
        assertUnchanged();
    }

    @Test
    void aComplianceKpiIsOverriddenOnlyToMetOrNotMet() throws Exception {
        String foi = "kpis/FOI-01/measurements/2025-26-Q1/status-override";
        assertField(put(foi, "GREEN", REASON, 1), 400, "status");

        HttpResponse<String> met = put(foi, "MET", "Late answers were out of scope", 1);

        assertThat(met.statusCode()).as(met.body()).isEqualTo(200);
        assertThat(ApiClient.json(met).getAsJsonObject().getAsJsonObject("override").get("text").getAsString())
                .isEqualTo("Met (overridden from Not met: Late answers were out of scope)");
    }

    @Test
    void aPeriodWithoutAFigureHasNoStatusToOverride() throws Exception {
        HttpResponse<String> refused = put("kpis/WST-01/measurements/2025-26-Q2/status-override", "AMBER", REASON,
                0);

        assertField(refused, 409, "figure");
    }

    private void assertUnchanged() throws Exception {
        JsonObject row = period(ApiClient.json(api.get("kpis/WST-01/measurements", "perf")).getAsJsonArray(),
                "2025-26-Q1");
        assertThat(row.get("status").getAsString()).isEqualTo("RED");
        assertThat(row.get("version").getAsInt()).isEqualTo(1);
        assertThat(row.get("override").isJsonNull()).isTrue();
        assertThat(api.get("kpis/WST-01/audit", "perf").body()).doesNotContain("overrid");
    }

    private HttpResponse<String> override(String user, String status, String reason, int version) throws Exception {
        return send(OVERRIDE, user, status, reason, version);
    }

    private HttpResponse<String> put(String path, String status, String reason, int version) throws Exception {
        return send(path, "perf", status, reason, version);
    }

    private HttpResponse<String> send(String path, String user, String status, String reason, int version)
            throws Exception {
        String body = "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\",\"version\":" + version + "}";
        return api.send(api.request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> remove(String user, String query) throws Exception {
        return api.send(api.request(OVERRIDE + query, user).DELETE().build());
    }

    private JsonObject tile(String more) throws Exception {
        HttpResponse<String> response = api.post("tiles", "scrutiny", "application/json",
                bytes("{\"keys\":[\"WST-01\"]" + more + "}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getAsJsonObject().getAsJsonArray("tiles").get(0).getAsJsonObject()
                .getAsJsonObject("kpi");
    }

    private static JsonObject period(JsonArray rows, String periodId) {
        return find(rows, "periodId", periodId);
    }

    private static JsonObject row(JsonArray rows, String key) {
        return find(rows, "key", key);
    }

    private static JsonObject find(JsonArray rows, String field, String value) {
        for (JsonElement row : rows) {
            if (row.getAsJsonObject().get(field).getAsString().equals(value)) {
                return row.getAsJsonObject();
            }
        }
        throw new AssertionError("no row with " + field + " " + value + " in " + rows);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.json(response).getAsJsonObject().get("field").getAsString()).isEqualTo(field);
    }
}
