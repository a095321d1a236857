package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;
import static org.goldenthread.rest.ApiClient.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
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

/** Closing a quarter over HTTP: what is outstanding, overdue and ready to publish; then the lock and what it stops. */
class PeriodCloseApiTest {
    private static final String Q2 = "periods/2025-26-Q2";

    @TempDir
    Path data;
    private final MovingClock clock = new MovingClock(Instant.parse("2025-11-20T09:00:00Z"), ZoneOffset.UTC);
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
        api = new ApiClient(server);
        CsvImport csv = new CsvImport(server.database().activeObjects(), clock);
        csv.importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters
                WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager
                RES-01,Invoices paid on time,Resources,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager
                CUS-01,Calls answered,Customer,PERCENT,1,HIGHER_IS_BETTER,MONTHLY,head,manager
                """), "perf");
        csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,47.0\n"), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void cyc01TheQuarterClosesOnceNoUpdateIsInProgress() throws Exception {
        JsonObject open = ok(api.get(Q2, "perf"));
        step("WST-01", "manager", "{\"action\":\"submit\",\"value\":\"51.0\",\"commentary\":\"Up\",\"version\":0}");
        step("WST-01", "perf", "{\"action\":\"verify\",\"version\":1}");
        HttpResponse<String> verified = close();
        step("WST-01", "head", "{\"action\":\"sign-off\",\"version\":2}");
        JsonObject ready = ok(api.get(Q2, "perf"));
        HttpResponse<String> signedOff = close();
        ok(api.post("updates/2025-26-Q2/publish", "perf", "application/json", new byte[0]));
        JsonObject closed = ok(close());

        assertThat(open.get("kpis").getAsInt()).isEqualTo(2);
        assertThat(open.get("outstanding").getAsInt()).isEqualTo(2);
        assertThat(open.get("overdue").getAsInt()).isEqualTo(2);
        assertThat(open.get("dueDate").getAsString()).isEqualTo("2025-10-31");
        assertRefused(verified, "cannot close while 1 update is in progress (publish or return it first): WST-01");
        assertThat(ready.get("readyToPublish").getAsInt()).isEqualTo(1);
        assertThat(ready.get("outstanding").getAsInt()).isEqualTo(1);
        assertRefused(signedOff, "WST-01");
        assertThat(closed.get("closed").getAsBoolean()).isTrue();
        assertThat(closed.get("closedBy").getAsString()).isEqualTo("perf");
        assertThat(closed.get("published").getAsInt()).isEqualTo(1);
        assertThat(closed.get("outstanding").getAsInt()).isEqualTo(1);
        JsonObject event = closed.getAsJsonArray("history").get(0).getAsJsonObject();
        assertThat(event.get("subject").getAsString()).isEqualTo("period closed");
        assertThat(event.get("user").getAsString()).isEqualTo("perf");
    }

    @Test
    void aClosedPeriodsUpdatesTakeNoStepUntilItIsReopenedWithAReason() throws Exception {
        ok(close());
        String late = "{\"action\":\"submit\",\"value\":\"97.0\",\"version\":0}";

        HttpResponse<String> refused = api.post("kpis/RES-01/updates/2025-26-Q2/transitions", "manager",
                "application/json", bytes(late));
        HttpResponse<String> twice = close();
        HttpResponse<String> noReason = api.post(Q2 + "/reopen", "perf", "application/json", bytes("{}"));
        JsonObject reopened = ok(api.post(Q2 + "/reopen", "perf", "application/json",
                bytes("{\"reason\":\"Finance figures arrived late\"}")));
        JsonObject submitted = ok(api.post("kpis/RES-01/updates/2025-26-Q2/transitions", "manager",
                "application/json", bytes(late)));

        assertRefused(refused, "2025/26 Q2 is closed");
        assertRefused(twice, "2025/26 Q2 is already closed, by perf");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).getAsJsonObject().get("field").getAsString()).isEqualTo("reason");
        assertThat(reopened.get("closed").getAsBoolean()).isFalse();
        assertThat(reopened.getAsJsonArray("history").asList()).extracting(
                entry -> entry.getAsJsonObject().get("newValue").getAsString())
                .containsExactly("open: Finance figures arrived late", "closed");
        assertThat(submitted.get("state").getAsString()).isEqualTo("SUBMITTED");
    }

    @Test
    void aPeriodCannotCloseBeforeItEndsAndOnlyThePerformanceTeamClosesOne() throws Exception {
        HttpResponse<String> early = api.post("periods/2025-26-Q3/close", "perf", "application/json", new byte[0]);

        assertRefused(early, "2025/26 Q3 cannot close before it ends on 2025-12-31");
        assertThat(api.get(Q2, "manager").statusCode()).isEqualTo(403);
        assertThat(api.post(Q2 + "/close", "head", "application/json", new byte[0]).statusCode()).isEqualTo(403);
        assertThat(api.get("periods/Q9", "perf").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> close() throws Exception {
        return api.post(Q2 + "/close", "perf", "application/json", new byte[0]);
    }

    private void step(String kpi, String user, String body) throws Exception {
        ok(api.post("kpis/" + kpi + "/updates/2025-26-Q2/transitions", user, "application/json", bytes(body)));
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getAsJsonObject();
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonElement body = json(response);
        assertThat(body.getAsJsonObject().get("field").getAsString()).isEqualTo("period");
        assertThat(body.getAsJsonObject().get("message").getAsString()).contains(message);
    }
}
