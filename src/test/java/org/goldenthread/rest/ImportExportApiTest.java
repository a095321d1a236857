package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;
import static org.goldenthread.rest.ApiClient.json;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.goldenthread.store.MeasurementEntity;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV import and export over HTTP (SYS-01): jobs, waiting or not, structured errors, and who may do it. */
class ImportExportApiTest {
    private static final String KPIS = """
            key,title,directorate,unit,decimals,polarity,frequency,owner
            WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head.waste
            """;
    private static final String HISTORY = """
            kpi,period,value,commentary
            WST-01,2024/25 Q4,58.000,Snow stopped rounds
            WST-01,2025/26 Q1,61.20,
            """;

    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        api = new ApiClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFileImportedWhileTheCallerWaitsAnswersWithWhatItImported() throws Exception {
        HttpResponse<String> kpis = api.post("import/kpis?wait=true", "perf", "text/csv", bytes(KPIS));
        HttpResponse<String> history = api.post("import/measurements?wait=true", "perf", "text/csv; charset=utf-8",
                bytes(HISTORY));
        HttpResponse<String> again = api.post("import/measurements?wait=true", "perf", "text/csv", bytes(HISTORY));

        assertThat(kpis.statusCode()).isEqualTo(200);
        assertThat(json(kpis).getAsJsonObject().get("imported").getAsInt()).isEqualTo(1);
        assertThat(json(history).getAsJsonObject().get("imported").getAsInt()).isEqualTo(2);
        assertThat(json(again).getAsJsonObject().get("imported").getAsInt()).isZero();
        assertThat(json(again).getAsJsonObject().get("unchanged").getAsInt()).isEqualTo(2);
    }

    @Test
    void aBadFileAnswers400WithEveryProblemByRowAndColumnAndWritesNothing() throws Exception {
        api.post("import/kpis?wait=true", "perf", "text/csv", bytes(KPIS));

        HttpResponse<String> refused = api.post("import/measurements?wait=true", "perf", "text/csv",
                bytes("kpi,period,value\nWST-01,2025/26 Q1,6l\nWST-09,2025/26 Q1,1\n"));
        HttpResponse<String> notCsv = api.post("import/measurements?wait=true", "perf", "text/csv",
                new byte[] {'k', 'p', 'i', '\n', (byte) 0xC3});

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject first = json(refused).getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(first.get("row").getAsInt()).isEqualTo(2);
        assertThat(first.get("column").getAsString()).isEqualTo("value");
        assertThat(first.get("value").getAsString()).isEqualTo("6l");
        assertThat(first.get("message").getAsString()).startsWith("must be a number");
        assertThat(json(refused).getAsJsonObject().getAsJsonArray("errors")).hasSize(2);
        assertThat(json(notCsv).getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject().get("row")
                .isJsonNull()).isTrue();
        assertThat(server.database().activeObjects().count(MeasurementEntity.class)).isZero();
    }

    @Test
    void withoutWaitingTheJobIsAcceptedAndReportsItsStateUntilItIsDone() throws Exception {
        api.post("import/kpis?wait=true", "perf", "text/csv", bytes(KPIS));

        HttpResponse<String> accepted = api.post("import/measurements", "perf", "text/csv", bytes(HISTORY));
        int job = json(accepted).getAsJsonObject().get("job").getAsInt();
        JsonObject state = finished(job);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(state.get("state").getAsString()).isEqualTo("SUCCEEDED");
        assertThat(state.get("processed").getAsInt()).isEqualTo(2);
        assertThat(state.get("total").getAsInt()).isEqualTo(2);
        assertThat(state.get("imported").getAsInt()).isEqualTo(2);
        assertThat(api.get("import/jobs/99999", "perf").statusCode()).isEqualTo(404);
    }

    @Test
    void theExportIsExactCsvThatImportsBackUnchanged() throws Exception {
        api.post("import/kpis?wait=true", "perf", "text/csv", bytes(KPIS));
        api.post("import/measurements?wait=true", "perf", "text/csv", bytes(HISTORY));

        HttpResponse<String> export = api.get("export/measurements", "perf");
        HttpResponse<String> back = api.post("import/measurements?wait=true", "perf", "text/csv",
                bytes(export.body()));

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(export.body()).contains("WST-01,2024-25-Q4,58.000,CONFIRMED,Snow stopped rounds");
        assertThat(json(back).getAsJsonObject().get("unchanged").getAsInt()).isEqualTo(2);
    }

    @Test
    void onlyThePerformanceTeamImportsAndExportsAndOnlyCsvIsTaken() throws Exception {
        HttpResponse<String> manager = api.post("import/kpis?wait=true", "manager", "text/csv", bytes(KPIS));
        HttpResponse<String> anonymous = api.post("import/kpis?wait=true", null, "text/csv", bytes(KPIS));
        HttpResponse<String> form = api.post("import/kpis?wait=true", "perf", "application/x-www-form-urlencoded",
                bytes("key=WST-01"));
        HttpResponse<String> plain = api.post("import/kpis?wait=true", "perf", "text/plain", bytes(KPIS));

        assertThat(manager.statusCode()).isEqualTo(403);
        assertThat(json(manager).getAsJsonObject().get("message").getAsString())
                .isEqualTo("Importing is for the performance team");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(json(plain).getAsJsonObject().get("error").getAsString()).isEqualTo("http-415");
        assertThat(api.get("export/kpis", "scrutiny").statusCode()).isEqualTo(403);
        assertThat(api.get("export/colours", "perf").statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413() throws Exception {
        byte[] huge = new byte[ImportResource.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');

        HttpResponse<String> refused = api.post("import/kpis?wait=true", "perf", "text/csv", huge);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).getAsJsonObject().get("error").getAsString()).isEqualTo("too-large");
    }

    /** Polls the job until it has finished; the bound only stops a broken job from hanging the build. */
    private JsonObject finished(int job) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject state = json(api.get("import/jobs/" + job, "perf")).getAsJsonObject();
            if (!state.get("state").getAsString().equals("RUNNING") || Instant.now().isAfter(giveUp)) {
                return state;
            }
            Thread.sleep(50);
        }
    }
}
