package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.goldenthread.store.CsvImport;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPC rebases, ghosts and annotations over HTTP: the performance team changes them, each with its reason. */
class ChartNoteApiTest {
    private static final String NOTES = "kpis/WST-01/chart-notes";

    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), Clock.systemUTC());
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head
                """), "perf");
        csv.importMeasurements("history.csv", bytes("""
                kpi,period,value
                WST-01,2024/25 Q1,40.1
                WST-01,2024/25 Q2,41.0
                WST-01,2024/25 Q3,47.2
                WST-01,2024/25 Q4,48.0
                """), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theTeamRebasesWithAReasonAndTheSeriesStartsANewPartition() throws Exception {
        HttpResponse<String> added = post("perf", "{\"kind\":\"rebase\",\"period\":\"2024/25 Q3\","
                + "\"note\":\"New collection contract\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(api.get(NOTES, "scrutiny").body()).isEqualTo("[{\"kind\":\"rebase\",\"periodId\":\"2024-25-Q3\","
                + "\"period\":\"2024/25 Q3\",\"note\":\"New collection contract\"}]");
        JsonObject series = ApiClient.json(api.get("kpis/WST-01/series", "perf")).getAsJsonObject();
        assertThat(series.getAsJsonArray("partitions")).hasSize(2);
    }

    @Test
    void onlyThePerformanceTeamChangesNotesAndEachRefusalNamesTheField() throws Exception {
        assertThat(post("manager", "{\"kind\":\"ghost\",\"period\":\"2024/25 Q2\",\"note\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertField(post("perf", "{\"kind\":\"ghost\",\"period\":\"2024/25 Q2\"}"), "reason");
        assertField(post("perf", "{\"kind\":\"footnote\",\"period\":\"2024/25 Q2\",\"note\":\"x\"}"), "kind");
        assertField(post("perf", "{\"kind\":\"ghost\",\"period\":\"Q2\",\"note\":\"x\"}"), "period");
        assertThat(post("perf", "{\"kind\":\"ghost\",\"period\":\"2024/25 Q2\",\"note\":\"Strike\"}").statusCode())
                .isEqualTo(201);
        assertField(post("perf", "{\"kind\":\"ghost\",\"period\":\"2024/25 Q2\",\"note\":\"Again\"}"), "period");
    }

    @Test
    void removingNeedsAReasonAndIsAudited() throws Exception {
        post("perf", "{\"kind\":\"annotation\",\"period\":\"2024/25 Q4\",\"note\":\"Garden waste charge\"}");

        assertField(delete("perf", NOTES + "/annotation/2024-25-Q4"), "reason");
        assertThat(delete("perf", NOTES + "/annotation/2024-25-Q4?reason=Charge%20withdrawn").statusCode())
                .isEqualTo(204);
        assertThat(delete("perf", NOTES + "/annotation/2024-25-Q4?reason=Again").statusCode()).isEqualTo(404);
        assertThat(api.get(NOTES, "perf").body()).isEqualTo("[]");
        assertThat(api.get("kpis/WST-01/audit", "perf").body()).contains("annotation removed",
                "Removed: Charge withdrawn");
    }

    private HttpResponse<String> post(String user, String json) throws Exception {
        return api.post(NOTES, user, "application/json", bytes(json));
    }

    private HttpResponse<String> delete(String user, String path) throws Exception {
        return api.send(api.request(path, user).method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ApiClient.json(response).getAsJsonObject().get("field").getAsString()).isEqualTo(field);
    }
}
