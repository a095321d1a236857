package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

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
 * REP-09: a committee paper asks for the figures as published on its date, or as signed off, and keeps seeing them
 * after later figures are published.
 */
class AsPublishedApiTest {
    private static final String STEP = "kpis/WST-01/updates/2025-26-Q1/transitions";

    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    private final MovingClock clock = new MovingClock(Instant.parse("2025-07-01T09:00:00Z"),
            ZoneId.of("Europe/London"));

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), clock);
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head.waste,manager
                """), "perf");
        csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2024/25,62.0\nWST-01,2025/26,64.0\n"),
                "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2024/25 Q4,58.0\n"), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSignedOffFigureIsInTheSignedOffViewForStaffOnly() throws Exception {
        signOffQ1();

        assertThat(latest("perf", "")).isEqualTo("2024-25-Q4");
        assertThat(latest("perf", "&asPublished=signed-off")).isEqualTo("2025-26-Q1");
        assertThat(latest("scrutiny", "&asPublished=signed-off")).isEqualTo("2024-25-Q4");
    }

    @Test
    void aPaperDatedBeforeAFigureWasPublishedKeepsShowingTheFiguresOfItsDay() throws Exception {
        clock.set(Instant.parse("2025-07-20T09:00:00Z"));
        signOffQ1();
        clock.set(Instant.parse("2025-07-31T16:00:00Z"));
        assertThat(api.post("updates/2025-26-Q1/publish", "perf", "application/json", bytes("{}")).statusCode())
                .isEqualTo(200);
        String paperDay = "2025-07-25";

        assertThat(latest("scrutiny", "")).isEqualTo("2025-26-Q1");
        assertThat(latest("scrutiny", "&asPublished=" + paperDay)).isEqualTo("2024-25-Q4");
        assertThat(latest("scrutiny", "&asPublished=2025-07-31")).isEqualTo("2025-26-Q1");
        assertThat(latest("scrutiny", "&asPublished=2025-06-30")).isNull();
        JsonObject tiles = ApiClient.json(api.post("tiles", "scrutiny", "application/json", bytes(
                "{\"keys\":[\"WST-01\"],\"asPublished\":\"" + paperDay + "\"}"))).getAsJsonObject();
        assertThat(tiles.getAsJsonArray("tiles").get(0).getAsJsonObject().getAsJsonObject("kpi")
                .get("periodId").getAsString()).isEqualTo("2024-25-Q4");
        String series = api.get("kpis/WST-01/series?asPublished=" + paperDay, "scrutiny").body();
        assertThat(series).contains("\"periodId\":\"2024-25-Q4\"").doesNotContain("\"value\":\"65.0\"");
    }

    @Test
    void anAsPublishedThatIsNeitherADateNorSignedOffIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> refused = api.get("scorecard?asPublished=last%20week", "perf");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused).getAsJsonObject().get("field").getAsString()).isEqualTo("asPublished");
    }

    private void signOffQ1() throws Exception {
        step("manager", "{\"action\":\"submit\",\"value\":\"65.0\",\"commentary\":\"Garden waste back\","
                + "\"version\":0}");
        step("perf", "{\"action\":\"verify\",\"version\":1}");
        step("head", "{\"action\":\"sign-off\",\"version\":2}");
    }

    private void step(String user, String body) throws Exception {
        HttpResponse<String> response = api.post(STEP, user, "application/json", bytes(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String latest(String user, String query) throws Exception {
        HttpResponse<String> response = api.get("scorecard?period=latest" + query, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonElement period = ApiClient.json(response).getAsJsonObject().getAsJsonArray("rows").get(0)
                .getAsJsonObject().get("periodId");
        return period.isJsonNull() ? null : period.getAsString();
    }
}
