package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import com.google.gson.JsonObject;
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

/** ACT-01 over HTTP: a KPI's updater creates a linked action plan; bad input is refused naming the field. */
class ActionPlanApiTest {
    @TempDir
    Path data;
    private WorkbenchServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        api = new ApiClient(server);
        new CsvImport(server.database().activeObjects(), Clock.systemUTC()).importKpis("kpis.csv", bytes("""
                key,title,directorate,unit,decimals,polarity,frequency,owner,updaters
                CUS-01,Calls answered in 60 seconds,Customer,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,manager
                """), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUpdaterCreatesAPlanThatEveryoneThenSees() throws Exception {
        HttpResponse<String> created = post("manager", """
                {"kpi":"CUS-01","title":"Recruit advisers","owner":"manager","due":"2027-03-31","progress":10,
                 "description":"Fill six vacant posts","milestones":[{"title":"Posts advertised","due":"2027-01-15"}]}
                """);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject plan = ApiClient.json(created).getAsJsonObject();
        assertThat(plan.get("kpi").getAsString()).isEqualTo("CUS-01");
        assertThat(plan.get("progress").getAsInt()).isEqualTo(10);
        assertThat(plan.getAsJsonArray("milestones").get(0).getAsJsonObject().get("due").getAsString())
                .isEqualTo("2027-01-15");
        HttpResponse<String> seen = api.get("kpis/CUS-01/action-plans", "scrutiny");
        assertThat(seen.body()).contains("Recruit advisers", "Fill six vacant posts");
    }

    @Test
    void aDueDateThatIsNotADateIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        HttpResponse<String> refused = post("manager", """
                {"kpi":"CUS-01","title":"Recruit advisers","owner":"manager","due":"31/03/2027"}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused).getAsJsonObject().get("field").getAsString()).isEqualTo("due");
        assertThat(ApiClient.json(refused).getAsJsonObject().get("message").getAsString())
                .isEqualTo("due must be a date like 2027-03-31, but is '31/03/2027'");
        assertThat(api.get("kpis/CUS-01/action-plans", "perf").body()).isEqualTo("[]");
    }

    @Test
    void progressBeyondAHundredIsRefusedNamingTheRule() throws Exception {
        HttpResponse<String> refused = post("perf", """
                {"kpi":"CUS-01","title":"Recruit advisers","owner":"manager","due":"2027-03-31","progress":120}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("progress", "must be from 0 to 100%, but is 120%");
    }

    private HttpResponse<String> post(String user, String json) throws Exception {
        return api.post("action-plans", user, "application/json", bytes(json));
    }
}
