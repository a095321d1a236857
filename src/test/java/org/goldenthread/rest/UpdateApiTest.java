package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;
import static org.goldenthread.rest.ApiClient.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** CYC-01 over HTTP: a period's update from submission to publication, and every refusal naming its check. */
class UpdateApiTest {
    private static final String STEP = "kpis/WST-01/updates/2025-26-Q1/transitions";

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
    void cyc01AGreenUpdateIsSubmittedVerifiedSignedOffAndPublishedInBulk() throws Exception {
        HttpResponse<String> noNews = step("manager", "{\"action\":\"submit\",\"value\":\"65.0\",\"version\":0}");
        JsonObject submitted = ok(step("manager", "{\"action\":\"submit\",\"value\":\"65.0\",\"version\":0,"
                + "\"commentary\":\"Garden waste rounds back\"}"));
        JsonObject verified = ok(step("perf", "{\"action\":\"verify\",\"version\":1}"));
        HttpResponse<String> early = api.get("kpis/WST-01/measurements?from=2025-26-Q1", "scrutiny");
        JsonObject signedOff = ok(api.send(api.request(STEP, "head").header("Content-Type", "application/json")
                .header("If-Match", "\"2\"").POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"sign-off\"}"))
                .build()));
        JsonObject published = ok(api.post("updates/2025-26-Q1/publish", "perf", "application/json", new byte[0]));
        JsonObject seen = json(api.get("kpis/WST-01/measurements?from=2025-26-Q1", "scrutiny")).getAsJsonArray()
                .get(0).getAsJsonObject();

        assertRefused(noNews, 400, "commentary", "Commentary is required because an exception was raised: back on "
                + "target.");
        assertThat(submitted.get("state").getAsString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("version").getAsInt()).isEqualTo(1);
        assertThat(verified.get("state").getAsString()).isEqualTo("VERIFIED");
        assertThat(json(early).getAsJsonArray().get(0).getAsJsonObject().get("value").isJsonNull()).isTrue();
        assertThat(signedOff.get("state").getAsString()).isEqualTo("SIGNED_OFF");
        assertThat(signedOff.get("status").getAsString()).isEqualTo("GREEN");
        assertThat(signedOff.getAsJsonObject("direction").get("previous").getAsString()).isEqualTo("IMPROVING");
        assertThat(published.getAsJsonArray("published")).extracting(JsonElement::getAsString)
                .containsExactly("WST-01");
        assertThat(seen.get("value").getAsString()).isEqualTo("65.0");
        assertThat(seen.get("state").getAsString()).isEqualTo("PUBLISHED");
        JsonArray audit = json(api.get("kpis/WST-01/audit", "perf")).getAsJsonObject().getAsJsonArray("events");
        assertThat(audit).extracting(event -> event.getAsJsonObject().get("subject").getAsString())
                .contains("update submit", "update verify", "update sign-off", "update publish");
    }

    @Test
    void act01AndRag07ARedUpdateNeedsCommentaryToSubmitAndAnActionPlanToSignOff() throws Exception {
        HttpResponse<String> silent = step("manager", "{\"action\":\"submit\",\"value\":\"58.5\",\"version\":0}");
        ok(step("manager", "{\"action\":\"submit\",\"value\":\"58.5\",\"commentary\":\"Garden waste suspended\","
                + "\"dataQuality\":\"PROVISIONAL\",\"version\":0}"));
        ok(step("perf", "{\"action\":\"verify\",\"version\":1}"));
        HttpResponse<String> withoutPlan = step("head", "{\"action\":\"sign-off\",\"version\":2}");
        new AoActionPlanStore(server.database().activeObjects(), Clock.systemUTC()).create(new ActionPlan("WST-01",
                "Restart garden waste", "", "head.waste", LocalDate.of(2099, 3, 31), 10, List.of()), "head.waste");
        JsonObject signedOff = ok(step("head", "{\"action\":\"sign-off\",\"version\":2}"));

        assertRefused(silent, 400, "commentary", "Commentary is required");
        assertRefused(withoutPlan, 400, "action-plan", "An action plan is required before sign-off because the "
                + "status is red.");
        assertThat(signedOff.get("status").getAsString()).isEqualTo("RED");
        assertThat(signedOff.get("dataQuality").getAsString()).isEqualTo("PROVISIONAL");
    }

    @Test
    void cyc01RefusalsNameTheCheckAndWriteNothing() throws Exception {
        HttpResponse<String> noVersion = step("manager", "{\"action\":\"submit\",\"value\":\"65\"}");
        HttpResponse<String> unknownAction = step("manager", "{\"action\":\"approve\",\"version\":0}");
        HttpResponse<String> badValue = step("manager", "{\"action\":\"submit\",\"value\":\"6S\",\"version\":0}");
        HttpResponse<String> notAnUpdater = step("scrutiny", "{\"action\":\"submit\",\"value\":\"65\",\"version\":0}");
        HttpResponse<String> stale = step("manager", "{\"action\":\"submit\",\"value\":\"65\",\"version\":3}");
        ok(step("manager", "{\"action\":\"submit\",\"value\":\"65\",\"commentary\":\"Back\",\"version\":0}"));
        HttpResponse<String> twice = step("manager", "{\"action\":\"submit\",\"value\":\"66\",\"version\":1}");
        HttpResponse<String> managerVerifies = step("manager", "{\"action\":\"verify\",\"version\":1}");
        HttpResponse<String> returned = step("perf", "{\"action\":\"return\",\"version\":1}");

        assertRefused(noVersion, 400, "version", "version is required");
        assertRefused(unknownAction, 400, "action", "action must be submit, verify, sign-off");
        assertRefused(badValue, 400, "value", "value must be a number");
        assertRefused(notAnUpdater, 403, "permission", "Only the KPI's updaters may submit this update");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).getAsJsonObject().get("field").getAsString()).isEqualTo("version");
        assertRefused(twice, 409, "state", "Cannot submit an update that is submitted");
        assertRefused(managerVerifies, 403, "permission", "Only the performance team may verify");
        assertRefused(returned, 400, "commentary", "a reason is required to return an update");
        JsonObject stored = json(api.get("kpis/WST-01/measurements?from=2025-26-Q1", "perf")).getAsJsonArray().get(0)
                .getAsJsonObject();
        assertThat(stored.get("value").getAsString()).isEqualTo("65");
        assertThat(stored.get("version").getAsInt()).isEqualTo(1);
    }

    @Test
    void aChangeSentAsAFormOrPlainTextIsRefusedWhateverTheEndpoint() throws Exception {
        HttpResponse<String> form = api.post("updates/2025-26-Q1/publish", "perf",
                "application/x-www-form-urlencoded", bytes("a=b"));
        HttpResponse<String> plain = api.post(STEP, "manager", "text/plain; charset=utf-8",
                bytes("{\"action\":\"submit\",\"value\":\"65\",\"commentary\":\"Back\",\"version\":0}"));

        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(json(form).getAsJsonObject().get("error").getAsString()).isEqualTo("unsupported-media-type");
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(json(api.get("kpis/WST-01/measurements?from=2025-26-Q1", "perf")).getAsJsonArray()).isEmpty();
    }

    @Test
    void aJsonBodyLargerThanTheLimitIsRefusedWith413() throws Exception {
        String huge = "{\"action\":\"submit\",\"commentary\":\"" + "x".repeat(GsonProvider.MAX_BYTES) + "\"}";

        HttpResponse<String> refused = step("manager", huge);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).getAsJsonObject().get("error").getAsString()).isEqualTo("too-large");
    }

    private HttpResponse<String> step(String user, String body) throws Exception {
        return api.post(STEP, user, "application/json", bytes(body));
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getAsJsonObject();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).getAsJsonObject().get("field").getAsString()).isEqualTo(field);
        assertThat(json(response).getAsJsonObject().get("message").getAsString()).startsWith(message);
    }
}
