package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.goldenthread.actionplan.ActionPlan;
import org.goldenthread.actionplan.Milestone;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.store.AoActionPlanStore;
import org.goldenthread.store.AoChartNotes;
import org.goldenthread.store.AoKpiRepository;
import org.goldenthread.store.AoMeasurementRepository;
import org.goldenthread.store.ChartNotes;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.FigureEntry;
import org.goldenthread.store.ImportJob;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KPI read endpoints over real HTTP, Jersey and Active Objects in the workbench. */
class KpiApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final String KPIS = """
            key,title,directorate,unit,decimals,polarity,frequency,owner,updaters,level,tolerance_type,tolerance,benchmark_indicator,labels
            WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head.waste,manager,STRATEGIC,ABSOLUTE,2,LGI-45,council-plan single-data-list
            HOU-07,Households in temporary accommodation,Housing,NUMBER,0,LOWER_IS_BETTER,QUARTERLY,head.housing,,OPERATIONAL,,,,homelessness
            """;
    private static final String TARGETS = """
            kpi,financial_year,value
            WST-01,2024/25,62.0
            WST-01,2025/26,64.0
            """;
    private static final String HISTORY = """
            kpi,period,value,commentary
            WST-01,2024/25 Q1,60.4,
            WST-01,2024/25 Q4,58.0,Snow stopped rounds
            WST-01,2025/26 Q1,61.20,Garden waste back
            """;

    @TempDir
    static Path data;
    private static WorkbenchServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), CLOCK);
        require(csv.importKpis("kpis.csv", bytes(KPIS), "perf"));
        require(csv.importTargets("targets.csv", bytes(TARGETS), "perf"));
        require(csv.importMeasurements("history.csv", bytes(HISTORY), "perf"));
        require(csv.importBenchmarks("lginform.csv", bytes("""
                indicator,period,authority,value
                LGI-45,2024/25,Anytown,58.9
                LGI-45,2024/25,Otherby,41.0
                LGI-45,2024/25,Elsewhere,47.3
                LGI-45,2024/25,Nearby,52.1
                """), "perf"));
        KpiDefinition wst01 = new AoKpiRepository(server.database().activeObjects(), CLOCK).find("WST-01")
                .orElseThrow().definition();
        new AoChartNotes(server.database().activeObjects(), CLOCK).add(wst01, ChartNotes.Kind.ANNOTATION,
                FinancialPeriod.parse("2024/25 Q4"), "Heavy snow", "perf");
        new AoActionPlanStore(server.database().activeObjects(), CLOCK).create(new ActionPlan("WST-01",
                "Restart garden waste rounds", "", "head.waste", LocalDate.of(2099, 3, 31), 40,
                List.of(new Milestone("New crews trained", LocalDate.of(2099, 1, 31), true))), "head.waste");
        new AoMeasurementRepository(server.database().activeObjects(), CLOCK).enter(wst01,
                FinancialPeriod.parse("2025/26 Q2"), FigureEntry.of(new BigDecimal("63.9"), DataQuality.PROVISIONAL,
                        "Not yet verified"), 0, "manager");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutCredentialsOrWithWrongOnesTheAnswerIs401() throws Exception {
        HttpResponse<String> anonymous = send(request("kpis").GET().build());
        HttpResponse<String> wrong = send(request("kpis").header("Authorization", basic("perf", "nope")).GET().build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).getAsJsonObject().get("error").getAsString()).isEqualTo("unauthenticated");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Basic"));
    }

    @Test
    void theListSummarisesEveryKpiAndFiltersByDirectorateLevelLabelAndStatus() throws Exception {
        JsonArray all = json(get("kpis", "perf")).getAsJsonArray();
        JsonArray housing = json(get("kpis?directorate=housing", "scrutiny")).getAsJsonArray();
        JsonArray strategic = json(get("kpis?level=STRATEGIC", "perf")).getAsJsonArray();
        JsonArray red = json(get("kpis?status=red", "scrutiny")).getAsJsonArray();
        JsonArray amberInQ2 = json(get("kpis?status=AMBER&period=2025-26-Q2", "perf")).getAsJsonArray();

        assertThat(all).hasSize(2);
        JsonObject first = all.get(0).getAsJsonObject();
        assertThat(first.get("key").getAsString()).isEqualTo("HOU-07");
        assertThat(first.get("public").getAsBoolean()).isFalse();
        assertThat(first.keySet()).containsExactlyInAnyOrder("key", "title", "directorate", "level", "unit",
                "polarity", "frequency", "owner", "public", "labels");
        assertThat(first.getAsJsonArray("labels")).extracting(JsonElement::getAsString).containsExactly("homelessness");
        assertThat(json(get("kpis?label=Council-Plan", "scrutiny")).getAsJsonArray())
                .extracting(kpi -> kpi.getAsJsonObject().get("key").getAsString()).containsExactly("WST-01");
        assertThat(json(get("scorecard?period=2025-26-Q1&label=homelessness", "perf")).getAsJsonObject()
                .getAsJsonArray("rows")).extracting(row -> row.getAsJsonObject().get("key").getAsString())
                .containsExactly("HOU-07");
        assertThat(housing).extracting(kpi -> kpi.getAsJsonObject().get("key").getAsString())
                .containsExactly("HOU-07");
        assertThat(strategic).extracting(kpi -> kpi.getAsJsonObject().get("key").getAsString())
                .containsExactly("WST-01");
        assertThat(red).extracting(kpi -> kpi.getAsJsonObject().get("key").getAsString()).containsExactly("WST-01");
        assertThat(amberInQ2).extracting(kpi -> kpi.getAsJsonObject().get("key").getAsString())
                .containsExactly("WST-01");
        assertThat(json(get("kpis?status=AMBER&period=2025-26-Q2", "scrutiny")).getAsJsonArray()).isEmpty();
    }

    @Test
    void aKpiComesWithItsVersionTargetAndLatestStatus() throws Exception {
        JsonObject kpi = json(get("kpis/WST-01", "perf")).getAsJsonObject();

        assertThat(kpi.get("version").getAsInt()).isEqualTo(1);
        assertThat(kpi.get("tolerance").getAsString()).isEqualTo("2");
        assertThat(kpi.get("latestPeriodId").getAsString()).isEqualTo("2025-26-Q2");
        assertThat(kpi.getAsJsonObject("target").get("value").getAsString()).isEqualTo("64.0");
        assertThat(kpi.getAsJsonObject("target").get("display").getAsString()).isEqualTo("64.0%");
        assertThat(kpi.getAsJsonObject("status").get("status").getAsString()).isEqualTo("AMBER");
        assertThat(kpi.getAsJsonObject("status").get("explanation").getAsString()).startsWith("Amber: 63.9%");
    }

    @Test
    void theSeriesIsExactWithStatusAndDirectionAndWithholdsFiguresNotYetReleased() throws Exception {
        JsonArray perf = json(get("kpis/WST-01/measurements", "perf")).getAsJsonArray();
        JsonArray scrutiny = json(get("kpis/WST-01/measurements?from=2025-26-Q1", "scrutiny")).getAsJsonArray();

        assertThat(perf).extracting(row -> row.getAsJsonObject().get("periodId").getAsString())
                .containsExactly("2024-25-Q1", "2024-25-Q4", "2025-26-Q1", "2025-26-Q2");
        JsonObject q1 = perf.get(2).getAsJsonObject();
        assertThat(q1.get("period").getAsString()).isEqualTo("2025/26 Q1");
        assertThat(q1.get("value").getAsString()).isEqualTo("61.20");
        assertThat(q1.get("display").getAsString()).isEqualTo("61.2%");
        assertThat(q1.get("target").getAsString()).isEqualTo("64.0%");
        assertThat(q1.get("status").getAsString()).isEqualTo("RED");
        assertThat(q1.getAsJsonObject("direction").get("previous").getAsString()).isEqualTo("IMPROVING");
        assertThat(q1.getAsJsonObject("direction").get("lastYear").getAsString()).isEqualTo("IMPROVING");
        assertThat(q1.get("commentary").getAsString()).isEqualTo("Garden waste back");
        assertThat(q1.get("state").getAsString()).isEqualTo("PUBLISHED");
        assertThat(perf.get(3).getAsJsonObject().get("value").getAsString()).isEqualTo("63.9");

        assertThat(scrutiny).hasSize(2);
        JsonObject unreleased = scrutiny.get(1).getAsJsonObject();
        assertThat(unreleased.get("state").getAsString()).isEqualTo("AWAITING_DATA");
        assertThat(unreleased.get("value").isJsonNull()).isTrue();
        assertThat(unreleased.get("commentary").isJsonNull()).isTrue();
        assertThat(json(get("kpis/WST-01/measurements", "manager")).getAsJsonArray().get(3).getAsJsonObject()
                .get("value").getAsString()).isEqualTo("63.9");
        assertThat(json(get("kpis/WST-01/measurements", "head")).getAsJsonArray().get(3).getAsJsonObject()
                .get("value").getAsString()).as("the head of service approves where no approver is named")
                .isEqualTo("63.9");
    }

    @Test
    void statusIsForTheLatestPublishedPeriodUnlessAPeriodIsAsked() throws Exception {
        JsonObject latest = json(get("kpis/WST-01/status", "scrutiny")).getAsJsonObject();
        JsonObject asked = json(get("kpis/WST-01/status?period=2025-26-Q2", "perf")).getAsJsonObject();
        JsonObject withheld = json(get("kpis/WST-01/status?period=2025-26-Q2", "scrutiny")).getAsJsonObject();
        JsonObject none = json(get("kpis/WST-01/status?period=2023-24-Q1", "perf")).getAsJsonObject();

        assertThat(latest.get("periodId").getAsString()).isEqualTo("2025-26-Q1");
        assertThat(latest.get("status").getAsString()).isEqualTo("RED");
        assertThat(latest.get("ruleVersion").getAsString()).isEqualTo("rag-1");
        assertThat(latest.getAsJsonObject("thresholds").get("greenFrom").getAsString()).isEqualTo("64.0");
        assertThat(latest.getAsJsonObject("thresholds").get("amberFrom").getAsString()).isEqualTo("62.0");
        assertThat(latest.getAsJsonObject("thresholds").get("greenTo").isJsonNull()).isTrue();
        assertThat(asked.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(withheld.get("status").isJsonNull()).isTrue();
        assertThat(withheld.get("explanation").getAsString()).isEqualTo("The 2025/26 Q2 figure is not yet released");
        assertThat(none.get("status").getAsString()).isEqualTo("MISSING");
        assertThat(get("kpis/HOU-07/status", "perf").statusCode()).isEqualTo(404);
    }

    @Test
    void theSpcChartCoversTheFiguresTheCallerMaySee() throws Exception {
        JsonObject perf = json(get("kpis/WST-01/spc", "perf")).getAsJsonObject();
        JsonObject scrutiny = json(get("kpis/WST-01/spc", "scrutiny")).getAsJsonObject();

        assertThat(perf.getAsJsonArray("points")).hasSize(4);
        assertThat(scrutiny.getAsJsonArray("points")).hasSize(3);
        JsonObject first = scrutiny.getAsJsonArray("points").get(0).getAsJsonObject();
        assertThat(first.get("periodId").getAsString()).isEqualTo("2024-25-Q1");
        assertThat(first.get("value").getAsString()).isEqualTo("60.4");
        assertThat(first.get("partition").getAsInt()).isEqualTo(1);
        assertThat(first.get("mean").getAsString()).isEqualTo("59.867");
        assertThat(scrutiny.get("trialLimits").getAsBoolean()).isTrue();
        assertThat(scrutiny.get("variation").isJsonNull()).isTrue();
        assertThat(scrutiny.get("explanation").getAsString()).isNotBlank();
    }

    @Test
    void theScorecardShowsEachKpisLatestPublishedPeriodOrTheOneAsked() throws Exception {
        JsonObject latest = json(get("scorecard", "scrutiny")).getAsJsonObject();
        JsonObject q2 = json(get("scorecard?period=2025-26-Q2", "perf")).getAsJsonObject();
        JsonObject q2Scrutiny = json(get("scorecard?period=2025/26%20Q2&directorate=Place", "scrutiny"))
                .getAsJsonObject();

        assertThat(latest.get("period").getAsString()).isEqualTo("latest");
        JsonObject wst01 = latest.getAsJsonArray("rows").get(1).getAsJsonObject();
        assertThat(wst01.get("periodId").getAsString()).isEqualTo("2025-26-Q1");
        assertThat(wst01.get("status").getAsString()).isEqualTo("RED");
        assertThat(wst01.get("display").getAsString()).isEqualTo("61.2%");
        assertThat(latest.getAsJsonArray("rows").get(0).getAsJsonObject().get("status").isJsonNull()).isTrue();
        assertThat(latest.getAsJsonObject("counts").get("RED").getAsInt()).isEqualTo(1);
        assertThat(latest.getAsJsonObject("counts").get("NONE").getAsInt()).isEqualTo(1);
        assertThat(q2.getAsJsonArray("rows").get(1).getAsJsonObject().get("status").getAsString())
                .isEqualTo("AMBER");
        JsonObject withheld = q2Scrutiny.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertThat(q2Scrutiny.getAsJsonArray("rows")).hasSize(1);
        assertThat(withheld.get("value").isJsonNull()).isTrue();
        assertThat(withheld.get("status").isJsonNull()).isTrue();
        assertThat(get("scorecard?period=Q9", "perf").statusCode()).isEqualTo(400);
    }

    @Test
    void theExceptionReportLeadsWithRedKpisAndTheirActionPlans() throws Exception {
        JsonArray exceptions = json(get("exceptions", "scrutiny")).getAsJsonArray();

        assertThat(exceptions).hasSize(1);
        JsonObject red = exceptions.get(0).getAsJsonObject();
        assertThat(red.getAsJsonObject("kpi").get("key").getAsString()).isEqualTo("WST-01");
        assertThat(red.get("good").getAsBoolean()).isFalse();
        assertThat(red.getAsJsonArray("reasons")).extracting(JsonElement::getAsString)
                .anySatisfy(reason -> assertThat(reason).startsWith("Red: 61.2%"));
        assertThat(red.getAsJsonArray("actionPlans").get(0).getAsJsonObject().get("title").getAsString())
                .isEqualTo("Restart garden waste rounds");
    }

    @Test
    void tilesForManyKpisComeInOneCallAndUnknownKeysAreNamed() throws Exception {
        HttpResponse<String> response = api.post("tiles", "scrutiny", "application/json",
                bytes("{\"keys\":[\"WST-01\",\"NOPE-01\"],\"period\":\"latest\"}"));
        HttpResponse<String> empty = api.post("tiles", "scrutiny", "application/json", bytes("{\"keys\":[]}"));
        HttpResponse<String> form = api.post("tiles", "scrutiny", "application/x-www-form-urlencoded",
                bytes("keys=WST-01"));

        JsonObject tiles = json(response).getAsJsonObject();
        JsonObject tile = tiles.getAsJsonArray("tiles").get(0).getAsJsonObject();
        assertThat(tile.getAsJsonObject("kpi").get("status").getAsString()).isEqualTo("RED");
        assertThat(tile.getAsJsonArray("sparkline")).hasSize(3);
        assertThat(tile.get("owner").getAsString()).isEqualTo("head.waste");
        assertThat(tile.get("provisional").getAsBoolean()).isFalse();
        assertThat(tiles.getAsJsonArray("unknown")).extracting(JsonElement::getAsString).containsExactly("NOPE-01");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).getAsJsonObject().get("field").getAsString()).isEqualTo("keys");
        assertThat(form.statusCode()).isEqualTo(415);
    }

    @Test
    void actionPlansAreListedForAKpiAndAcrossKpis() throws Exception {
        JsonArray forKpi = json(get("kpis/WST-01/action-plans", "scrutiny")).getAsJsonArray();
        JsonArray onTrack = json(get("action-plans?status=ON_TRACK&directorate=Place", "scrutiny")).getAsJsonArray();
        JsonArray housing = json(get("action-plans?kpis=HOU-07", "scrutiny")).getAsJsonArray();

        JsonObject plan = forKpi.get(0).getAsJsonObject();
        assertThat(plan.get("kpi").getAsString()).isEqualTo("WST-01");
        assertThat(plan.get("status").getAsString()).isEqualTo("ON_TRACK");
        assertThat(plan.get("progress").getAsInt()).isEqualTo(40);
        assertThat(plan.get("due").getAsString()).isEqualTo("2099-03-31");
        assertThat(plan.getAsJsonArray("milestones")).hasSize(1);
        assertThat(onTrack).hasSize(1);
        assertThat(housing).isEmpty();
    }

    @Test
    void theSeriesForATrendGraphHasEveryPeriodWithTargetsBandsBenchmarksAndNotes() throws Exception {
        JsonObject series = json(get("kpis/WST-01/series", "scrutiny")).getAsJsonObject();
        JsonObject bounded = json(get("kpis/WST-01/series?from=2025-26-Q1&to=2025-26-Q2", "perf")).getAsJsonObject();

        JsonArray points = series.getAsJsonArray("points");
        assertThat(points).extracting(point -> point.getAsJsonObject().get("periodId").getAsString())
                .containsExactly("2024-25-Q1", "2024-25-Q2", "2024-25-Q3", "2024-25-Q4", "2025-26-Q1");
        JsonObject first = points.get(0).getAsJsonObject();
        assertThat(first.get("value").getAsString()).isEqualTo("60.4");
        assertThat(first.get("target").getAsString()).isEqualTo("62.0");
        assertThat(first.get("greenFrom").getAsString()).isEqualTo("62.0");
        assertThat(first.get("amberFrom").getAsString()).isEqualTo("60.0");
        assertThat(first.get("status").getAsString()).isEqualTo("AMBER");
        assertThat(points.get(1).getAsJsonObject().get("value").isJsonNull()).isTrue();
        assertThat(points.get(1).getAsJsonObject().get("status").getAsString()).isEqualTo("MISSING");
        JsonObject benchmark = series.getAsJsonArray("benchmarks").get(0).getAsJsonObject();
        assertThat(benchmark.get("periodId").getAsString()).isEqualTo("2024-25");
        assertThat(benchmark.get("median").getAsString()).isEqualTo("49.7");
        assertThat(benchmark.get("authorities").getAsInt()).isEqualTo(4);
        assertThat(series.getAsJsonArray("annotations").get(0).getAsJsonObject().get("text").getAsString())
                .isEqualTo("Heavy snow");
        assertThat(series.getAsJsonArray("partitions")).hasSize(1);
        assertThat(series.getAsJsonObject("spc").getAsJsonArray("points")).hasSize(3);
        assertThat(bounded.getAsJsonArray("points")).hasSize(2);
        assertThat(bounded.getAsJsonArray("annotations")).isEmpty();
        assertThat(get("kpis/WST-01/series?from=2025-26-Q2&to=2025-26-Q1", "perf").statusCode()).isEqualTo(400);
        assertThat(get("kpis/WST-01/series?from=1960-61-Q1", "perf").statusCode()).isEqualTo(400);
    }

    @Test
    void theAuditLogIsPagedForStaffOnly() throws Exception {
        JsonObject page = json(get("kpis/WST-01/audit?page=1", "perf")).getAsJsonObject();
        HttpResponse<String> scrutiny = get("kpis/WST-01/audit", "scrutiny");

        assertThat(page.get("total").getAsInt()).isEqualTo(page.getAsJsonArray("events").size());
        assertThat(page.getAsJsonArray("events").get(0).getAsJsonObject().get("user").getAsString())
                .isEqualTo("manager");
        assertThat(scrutiny.statusCode()).isEqualTo(403);
        assertThat(get("kpis/WST-01/audit?page=0", "perf").statusCode()).isEqualTo(400);
    }

    @Test
    void mistakesAreJsonErrorsNamingTheFieldAndNeverStackTraces() throws Exception {
        HttpResponse<String> unknownKpi = get("kpis/NOPE-01", "perf");
        HttpResponse<String> badPeriod = get("kpis/WST-01/measurements?from=Q1%202025", "perf");
        HttpResponse<String> unknownPath = get("no-such-thing", "perf");

        assertThat(unknownKpi.statusCode()).isEqualTo(404);
        assertThat(json(unknownKpi).getAsJsonObject().get("message").getAsString()).isEqualTo("There is no KPI NOPE-01");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(json(badPeriod).getAsJsonObject().get("field").getAsString()).isEqualTo("from");
        assertThat(json(badPeriod).getAsJsonObject().get("message").getAsString()).contains("'Q1 2025'");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(json(unknownPath).getAsJsonObject().get("error").getAsString()).isEqualTo("not-found");
        assertThat(badPeriod.body()).doesNotContain("Exception", "at org.");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return api.get(path, user);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return api.send(request);
    }

    private static HttpRequest.Builder request(String path) {
        return api.request(path, null);
    }

    private static String basic(String user, String password) {
        return ApiClient.basic(user, password);
    }

    private static JsonElement json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    private static byte[] bytes(String text) {
        return ApiClient.bytes(text);
    }

    private static void require(ImportJob job) {
        if (job.state() != ImportJob.State.SUCCEEDED) {
            throw new IllegalStateException(job.problems().toString());
        }
    }
}
