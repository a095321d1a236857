package org.goldenthread.workbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.rest.ApiClient;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample council, loaded into a workbench whose clock reads 30 November 2026, seen through the REST API. */
class SampleCouncilTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    static Path data;
    private static WorkbenchServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withSampleCouncil(NOVEMBER_2026));
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void holdsAboutThirtyKpisAcrossTheCouncilsDirectorates() throws Exception {
        JsonArray kpis = get("kpis", "perf").getAsJsonArray();

        assertThat(kpis.size()).isBetween(28, 34);
        assertThat(strings(kpis, "directorate")).containsExactlyInAnyOrder(
                "Environment", "Place", "Housing", "Resources", "Customer", "Corporate");
        assertThat(strings(kpis, "polarity")).containsExactlyInAnyOrder(
                "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "WITHIN_BAND");
        assertThat(strings(kpis, "frequency")).contains("QUARTERLY", "MONTHLY", "ANNUAL");
    }

    @Test
    void historyRunsSixteenQuartersToTheLastCompleteQuarter() throws Exception {
        JsonArray rows = get("kpis/WST-02/measurements", "perf").getAsJsonArray();

        assertThat(rows.size()).isEqualTo(16);
        assertThat(rows.get(0).getAsJsonObject().get("periodId").getAsString()).isEqualTo("2022-23-Q3");
        JsonObject latest = rows.get(15).getAsJsonObject();
        assertThat(latest.get("periodId").getAsString()).isEqualTo("2026-27-Q2");
        assertThat(latest.get("state").getAsString()).isEqualTo("PUBLISHED");
    }

    @Test
    void theLatestQuartersUpdatesAreUnderWayInSeveralStates() throws Exception {
        assertThat(latestState("WST-01")).isEqualTo("SUBMITTED");
        assertThat(latestState("PLN-01")).isEqualTo("VERIFIED");
        assertThat(latestState("COR-04")).isEqualTo("SIGNED_OFF");
        assertThat(latestState("CUS-03")).isEqualTo("NO_DATA");
        JsonArray awaiting = get("kpis/CUS-01/measurements", "perf").getAsJsonArray();
        assertThat(awaiting.get(awaiting.size() - 1).getAsJsonObject().get("periodId").getAsString())
                .isEqualTo("2026-27-Q1");
    }

    @Test
    void theScorecardShowsEveryKindOfStatus() throws Exception {
        JsonObject counts = get("scorecard?period=2026-27-Q1", "perf").getAsJsonObject().getAsJsonObject("counts");

        assertThat(counts.keySet()).contains("GREEN", "AMBER", "RED", "NO_TARGET", "CONTEXT")
                .containsAnyOf("MET", "NOT_MET");
    }

    @Test
    void spcFindsTheSustainedShiftAndTheTrend() throws Exception {
        assertThat(rules("REV-02")).contains("SHIFT");
        assertThat(rules("PLN-02")).contains("TREND");
    }

    @Test
    void theRecyclingSeriesShowsTheContractorChangeAndItsBenchmarks() throws Exception {
        JsonObject series = get("kpis/WST-01/series", "perf").getAsJsonObject();

        assertThat(series.toString()).contains("New recycling contractor and weekly food waste");
        assertThat(series.getAsJsonArray("partitions").size()).isEqualTo(2);
        assertThat(series.getAsJsonArray("benchmarks").size()).isEqualTo(8);
    }

    @Test
    void aMidYearTargetAmendmentAndTwoActionPlans() throws Exception {
        JsonArray points = get("kpis/PLN-03/series", "perf").getAsJsonObject().getAsJsonArray("points");
        JsonObject amended = points.get(points.size() - 1).getAsJsonObject();
        assertThat(amended.get("target").getAsString()).isEqualTo("100");
        assertThat(amended.get("originalTarget").getAsString()).isEqualTo("140");
        JsonObject decided = get("kpis/PLN-03/target-amendments", "scrutiny").getAsJsonArray().get(0)
                .getAsJsonObject();
        assertThat(decided.get("state").getAsString()).isEqualTo("APPROVED");
        assertThat(decided.get("proposedBy").getAsString() + " " + decided.get("decidedBy").getAsString())
                .isEqualTo("manager head");
        assertThat(get("action-plans", "scrutiny").getAsJsonArray().size()).isEqualTo(2);
    }

    @Test
    void aSecondStartLoadsNothingAgain() throws Exception {
        int rows = get("kpis/WST-02/measurements", "perf").getAsJsonArray().size();
        server.close();
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withSampleCouncil(NOVEMBER_2026));
        api = new ApiClient(server);

        assertThat(get("kpis/WST-02/measurements", "perf").getAsJsonArray().size()).isEqualTo(rows);
        assertThat(get("action-plans", "perf").getAsJsonArray().size()).isEqualTo(2);
    }

    private static String latestState(String key) throws Exception {
        JsonArray rows = get("kpis/" + key + "/measurements", "perf").getAsJsonArray();
        return rows.get(rows.size() - 1).getAsJsonObject().get("state").getAsString();
    }

    private static List<String> rules(String key) throws Exception {
        List<String> rules = new ArrayList<>();
        for (JsonElement point : get("kpis/" + key + "/spc", "perf").getAsJsonObject().getAsJsonArray("points")) {
            JsonElement rule = point.getAsJsonObject().get("rule");
            if (rule != null && !rule.isJsonNull()) {
                rules.add(rule.getAsString());
            }
        }
        return rules;
    }

    private static JsonElement get(String path, String user) throws Exception {
        HttpResponse<String> response = api.get(path, user);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static Set<String> strings(JsonArray objects, String field) {
        Set<String> values = new HashSet<>();
        objects.forEach(object -> values.add(object.getAsJsonObject().get(field).getAsString()));
        return values;
    }
}
