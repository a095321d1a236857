package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.ImportJob;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /kpis/{key}/spc} over HTTP for 23 quarters of a higher-is-better KPI: the last 7 below the mean, one
 * figure ghosted and, later, a rebase, both stored with the KPI through its chart notes.
 */
class SpcApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-14T09:30:00Z"), ZoneOffset.UTC);
    private static final String SPC = "kpis/WST-01/spc";
    private static final String[] QUARTERS = {"2020/21", "2021/22", "2022/23", "2023/24", "2024/25", "2025/26"};

    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), CLOCK);
        require(csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head
                """), "perf"));
        require(csv.importTargets("targets.csv", bytes("""
                kpi,financial_year,value
                WST-01,2025/26,25.0
                """), "perf"));
        StringBuilder history = new StringBuilder("kpi,period,value\n");
        for (int i = 0; i < 23; i++) {
            double value = i == 10 ? 95 : i < 16 ? (i % 2 == 0 ? 12 : 16) : (i % 2 == 0 ? 11 : 12);
            history.append("WST-01,").append(QUARTERS[i / 4]).append(" Q").append(i % 4 + 1).append(',')
                    .append(value).append('\n');
        }
        require(csv.importMeasurements("history.csv", bytes(history.toString()), "perf"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theChartCarriesEachPointsLinesTheGhostedPointAndTheIconsWithWhy() throws Exception {
        assertThat(note("ghost", "2022/23 Q3", "Keyed as a tonnage, not a percentage").statusCode()).isEqualTo(201);

        HttpResponse<String> response = api.get(SPC, "perf");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject spc = ApiClient.json(response).getAsJsonObject();
        JsonArray points = spc.getAsJsonArray("points");
        assertThat(points).hasSize(23);
        JsonObject ghost = points.get(10).getAsJsonObject();
        assertThat(ghost.get("periodId").getAsString()).isEqualTo("2022-23-Q3");
        assertThat(ghost.get("ghosted").getAsBoolean()).isTrue();
        assertThat(ghost.get("ghostReason").getAsString()).isEqualTo("Keyed as a tonnage, not a percentage");
        assertThat(ghost.get("pointType").getAsString()).isEqualTo("EXCLUDED");
        JsonObject last = points.get(22).getAsJsonObject();
        assertThat(last.get("value").getAsString()).isEqualTo("11");
        assertThat(last.get("partition").getAsInt()).isEqualTo(1);
        assertThat(last.get("mean").getAsString()).isEqualTo("13.273");
        assertThat(last.get("upl").getAsString()).isEqualTo("21.253");
        assertThat(last.get("lpl").getAsString()).isEqualTo("5.293");
        assertThat(last.get("upperTwoSigma").getAsString()).isEqualTo("18.593");
        assertThat(last.get("lowerTwoSigma").getAsString()).isEqualTo("7.953");
        assertThat(last.get("upperOneSigma").getAsString()).isEqualTo("15.933");
        assertThat(last.get("lowerOneSigma").getAsString()).isEqualTo("10.613");
        assertThat(last.get("ghosted").getAsBoolean()).isFalse();
        assertThat(last.get("rule").getAsString()).isEqualTo("SHIFT");
        assertThat(last.get("pointType").getAsString()).isEqualTo("SPECIAL_CAUSE_CONCERN");
        assertThat(points.get(15).getAsJsonObject().get("pointType").getAsString()).isEqualTo("COMMON_CAUSE");
        assertThat(points.get(15).getAsJsonObject().get("rule").isJsonNull()).isTrue();
        JsonObject partition = spc.getAsJsonArray("partitions").get(0).getAsJsonObject();
        assertThat(partition.get("points").getAsInt()).isEqualTo(22);
        assertThat(partition.get("meanMovingRange").getAsString()).isEqualTo("3");
        assertThat(partition.get("movingRangesScreenedOut").getAsInt()).isZero();
        assertThat(spc.get("trialLimits").getAsBoolean()).isFalse();
        assertThat(spc.get("variation").getAsString()).isEqualTo("CONCERN_LOW");
        assertThat(spc.get("variationLetter").getAsString()).isEqualTo("L");
        assertThat(spc.get("explanation").getAsString())
                .isEqualTo("Special cause concern: 7 points in a row below the mean since 2024/25 Q1.");
        assertThat(spc.get("assurance").getAsString()).isEqualTo("CONSISTENT_FAIL");
        assertThat(spc.get("assuranceLetter").getAsString()).isEqualTo("F");
    }

    @Test
    void aRebaseStartsAPartitionWithItsReasonAndItsShortStretchHasTrialLimits() throws Exception {
        note("ghost", "2022/23 Q3", "Keyed as a tonnage, not a percentage");
        assertThat(note("rebase", "2024/25 Q1", "New collection contract").statusCode()).isEqualTo(201);

        JsonObject spc = ApiClient.json(api.get(SPC, "perf")).getAsJsonObject();

        JsonArray partitions = spc.getAsJsonArray("partitions");
        assertThat(partitions).hasSize(2);
        assertThat(partitions.get(0).getAsJsonObject().get("reason").isJsonNull()).isTrue();
        JsonObject rebased = partitions.get(1).getAsJsonObject();
        assertThat(rebased.get("startPeriodId").getAsString()).isEqualTo("2024-25-Q1");
        assertThat(rebased.get("reason").getAsString()).isEqualTo("New collection contract");
        assertThat(rebased.get("points").getAsInt()).isEqualTo(7);
        assertThat(rebased.get("mean").getAsString()).isEqualTo("11.429");
        JsonObject last = spc.getAsJsonArray("points").get(22).getAsJsonObject();
        assertThat(last.get("partition").getAsInt()).isEqualTo(2);
        assertThat(last.get("upl").getAsString()).isEqualTo("14.089");
        assertThat(last.get("pointType").getAsString()).isEqualTo("COMMON_CAUSE");
        assertThat(spc.get("mean").getAsString()).isEqualTo("11.429");
        assertThat(spc.get("trialLimits").getAsBoolean()).isTrue();
        assertThat(spc.get("variation").isJsonNull()).isTrue();
        assertThat(spc.get("assurance").isJsonNull()).isTrue();
        assertThat(spc.get("explanation").getAsString()).isEqualTo("Trial limits: fewer than 12 points (7 since the "
                + "new partition at 2024/25 Q1: New collection contract), so the limits will move with each new point "
                + "and no variation icon is shown yet.");
    }

    private HttpResponse<String> note(String kind, String period, String why) throws Exception {
        return api.post("kpis/WST-01/chart-notes", "perf", "application/json", bytes("{\"kind\":\"" + kind
                + "\",\"period\":\"" + period + "\",\"note\":\"" + why + "\"}"));
    }

    private static void require(ImportJob job) {
        if (job.state() != ImportJob.State.SUCCEEDED) {
            throw new IllegalStateException(job.problems().toString());
        }
    }
}
