package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;
import static org.goldenthread.rest.ApiClient.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.store.AoActionPlanStore;
import org.goldenthread.store.CsvImport;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public reporting: with it on, anyone may read the published figures of KPIs marked public, and nothing else; an
 * internal KPI does not exist for them (404, as for no KPI). With it off, anonymous readers are refused.
 */
class PublicReportingApiTest {
    private static final String ANYONE = null;

    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,public
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager,true
                HR-04,Staff sickness days,Corporate,DAYS,1,LOWER_IS_BETTER,QUARTERLY,head,manager,false
                """), "perf");
        csv.importMeasurements("history.csv", bytes("""
                kpi,period,value
                WST-01,2025/26 Q1,47.0
                HR-04,2025/26 Q1,9.5
                """), "perf");
        AoActionPlanStore plans = new AoActionPlanStore(server.database().activeObjects(), Clock.systemUTC());
        plans.create(new ActionPlan("WST-01", "Restart garden waste", "", "head", LocalDate.of(2099, 3, 31), 10,
                List.of()), "head");
        plans.create(new ActionPlan("HR-04", "Return-to-work interviews", "", "head", LocalDate.of(2099, 3, 31), 10,
                List.of()), "head");
        api.post("kpis/WST-01/updates/2025-26-Q2/transitions", "manager", "application/json",
                bytes("{\"action\":\"submit\",\"value\":\"49.0\",\"commentary\":\"Up\",\"version\":0}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withPublicReportingOffAnonymousReadersAreRefused() throws Exception {
        assertThat(api.get("kpis", ANYONE).statusCode()).isEqualTo(401);
        assertThat(api.get("kpis/WST-01/series", ANYONE).statusCode()).isEqualTo(401);
        assertThat(tiles().statusCode()).isEqualTo(401);
    }

    @Test
    void withPublicReportingOnAnyoneReadsThePublishedFiguresOfPublicKpisOnly() throws Exception {
        reportPublicly();

        assertThat(keys(api.get("kpis", ANYONE), "key")).containsExactly("WST-01");
        assertThat(api.get("kpis/WST-01", ANYONE).statusCode()).isEqualTo(200);
        for (String path : List.of("kpis/HR-04", "kpis/HR-04/measurements", "kpis/HR-04/series", "kpis/HR-04/spc",
                "kpis/HR-04/status?period=2025-26-Q1", "kpis/HR-04/action-plans", "kpis/HR-04/chart-notes",
                "kpis/HR-04/target-amendments")) {
            assertThat(api.get(path, ANYONE).statusCode()).as(path).isEqualTo(404);
        }
        JsonElement rows = json(api.get("kpis/WST-01/measurements", ANYONE));
        assertThat(rows.getAsJsonArray()).hasSize(2);
        assertThat(rows.getAsJsonArray().get(0).getAsJsonObject().get("value").getAsString()).isEqualTo("47.0");
        assertThat(rows.getAsJsonArray().get(1).getAsJsonObject().get("value").isJsonNull()).isTrue();
        JsonObject tiles = json(tiles()).getAsJsonObject();
        assertThat(tiles.getAsJsonArray("tiles")).hasSize(1);
        assertThat(tiles.getAsJsonArray("unknown").get(0).getAsString()).isEqualTo("HR-04");
        assertThat(json(api.get("scorecard?period=2025-26-Q1", ANYONE)).getAsJsonObject().getAsJsonArray("rows"))
                .extracting(row -> row.getAsJsonObject().get("key").getAsString()).containsExactly("WST-01");
        assertThat(keys(api.get("action-plans", ANYONE), "kpi")).containsExactly("WST-01");
    }

    @Test
    void thePublicChangesNothingAndSeesNoAuditLogOrSettings() throws Exception {
        reportPublicly();

        assertThat(api.get("kpis/WST-01/audit", ANYONE).statusCode()).isEqualTo(403);
        assertThat(api.get("settings", ANYONE).statusCode()).isEqualTo(401);
        assertThat(api.post("action-plans", ANYONE, "application/json", bytes("{\"kpi\":\"WST-01\"}")).statusCode())
                .isEqualTo(401);
        assertThat(api.post("kpis/WST-01/updates/2025-26-Q2/transitions", ANYONE, "application/json",
                bytes("{\"action\":\"verify\",\"version\":1}")).statusCode()).isEqualTo(401);
        assertThat(api.post("import/measurements?wait=true", ANYONE, "text/csv", bytes("kpi,period,value\n"))
                .statusCode()).isEqualTo(401);
    }

    private void reportPublicly() throws Exception {
        String settings = api.get("settings", "admin").body().replace("\"publicReporting\":false",
                "\"publicReporting\":true");
        assertThat(api.send(api.request("settings", "admin").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settings, StandardCharsets.UTF_8)).build()).statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> tiles() throws Exception {
        return api.post("tiles", ANYONE, "application/json", bytes("{\"keys\":[\"WST-01\",\"HR-04\"]}"));
    }

    private static List<String> keys(HttpResponse<String> response, String field) {
        return json(response).getAsJsonArray().asList().stream()
                .map(item -> item.getAsJsonObject().get(field).getAsString()).toList();
    }
}
