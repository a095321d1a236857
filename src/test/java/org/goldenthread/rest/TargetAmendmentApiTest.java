package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.store.CsvImport;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mid-year target amendments over HTTP as controlled changes (TGT-04): proposed with a reason by the performance
 * team or the KPI's owner, decided by someone else, the original target kept beside the amended one, every step in
 * the audit log.
 */
class TargetAmendmentApiTest {
    private static final String AMENDMENTS = "kpis/WST-01/target-amendments";
    private static final String PROPOSAL = "{\"period\":\"2025/26 Q3\",\"value\":\"60\","
            + "\"reason\":\"Garden waste collections suspended for the winter\"}";

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
                HSG-02,Rent collected,Housing,PERCENT,1,WITHIN_BAND,QUARTERLY,manager
                """), "perf");
        csv.importTargets("targets.csv", bytes("""
                kpi,financial_year,value,band_low,band_high
                WST-01,2025/26,64.0,,
                HSG-02,2025/26,,96.0,99.0
                """), "perf");
        csv.importMeasurements("history.csv", bytes("""
                kpi,period,value
                WST-01,2025/26 Q1,61.0
                WST-01,2025/26 Q2,61.0
                WST-01,2025/26 Q3,61.0
                WST-01,2025/26 Q4,61.0
                """), "perf");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anApprovedAmendmentSetsTheTargetFromItsPeriodAndKeepsTheOriginal() throws Exception {
        String q2Before = status("2025/26 Q2");
        assertThat(status("2025/26 Q3")).isNotEqualTo("GREEN");

        HttpResponse<String> proposed = post(AMENDMENTS, "perf", PROPOSAL);

        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonObject proposal = ApiClient.json(proposed).getAsJsonObject();
        assertThat(proposal.get("state").getAsString()).isEqualTo("PROPOSED");
        assertThat(proposal.get("original").getAsString()).isEqualTo("64.0%");
        assertThat(proposal.get("amended").getAsString()).isEqualTo("60.0%");
        assertThat(proposal.get("proposedBy").getAsString()).isEqualTo("perf");
        assertThat(status("2025/26 Q3")).as("a proposal changes nothing until approved").isNotEqualTo("GREEN");

        HttpResponse<String> approved = post(decision(proposal, "approve"), "head",
                "{\"version\":1,\"reason\":\"Agreed at the performance clinic\"}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonObject decided = ApiClient.json(approved).getAsJsonObject();
        assertThat(decided.get("state").getAsString()).isEqualTo("APPROVED");
        assertThat(decided.get("decidedBy").getAsString()).isEqualTo("head");
        assertThat(decided.get("decisionNote").getAsString()).isEqualTo("Agreed at the performance clinic");
        assertThat(decided.get("original").getAsString()).isEqualTo("64.0%");
        assertThat(decided.get("version").getAsInt()).isEqualTo(2);
        assertThat(status("2025/26 Q2")).isEqualTo(q2Before).isNotEqualTo("GREEN");
        assertThat(status("2025/26 Q3")).isEqualTo("GREEN");
        assertThat(status("2025/26 Q4")).isEqualTo("GREEN");
        JsonArray points = ApiClient.json(api.get("kpis/WST-01/series", "perf")).getAsJsonObject()
                .getAsJsonArray("points");
        assertThat(targets(points)).containsExactly("2025-26-Q1 64.0 64.0%", "2025-26-Q2 64.0 64.0%",
                "2025-26-Q3 60 64.0%", "2025-26-Q4 60 64.0%");
        assertThat(ApiClient.json(api.get(AMENDMENTS, "scrutiny")).getAsJsonArray()).hasSize(1);
        String audit = api.get("kpis/WST-01/audit", "perf").body();
        assertThat(audit).contains("\"subject\":\"target amendment proposed\"", "\"user\":\"perf\"",
                "\"subject\":\"target amendment approved\"", "\"subject\":\"target amendment\"",
                "\"user\":\"head\"", "Approved: Agreed at the performance clinic",
                "60 from 2025/26 Q3: Garden waste collections suspended for the winter");
    }

    @Test
    void aRejectedAmendmentNeedsAReasonChangesNoTargetAndIsShownOnlyToStaff() throws Exception {
        JsonObject proposal = ApiClient.json(post(AMENDMENTS, "head", PROPOSAL)).getAsJsonObject();

        assertField(post(decision(proposal, "reject"), "perf", "{\"version\":1}"), 400, "reason");
        HttpResponse<String> rejected = post(decision(proposal, "reject"), "perf",
                "{\"version\":1,\"reason\":\"The suspension is already in the annual target\"}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(ApiClient.json(rejected).getAsJsonObject().get("state").getAsString()).isEqualTo("REJECTED");
        assertThat(status("2025/26 Q3")).isNotEqualTo("GREEN");
        JsonArray points = ApiClient.json(api.get("kpis/WST-01/series", "perf")).getAsJsonObject()
                .getAsJsonArray("points");
        assertThat(targets(points)).allMatch(point -> point.endsWith(" 64.0 64.0%"));
        assertThat(ApiClient.json(api.get(AMENDMENTS, "manager")).getAsJsonArray()).hasSize(1);
        assertThat(api.get(AMENDMENTS, "scrutiny").body()).isEqualTo("[]");
        assertThat(api.get("kpis/WST-01/audit", "perf").body()).contains("target amendment rejected",
                "Rejected: The suspension is already in the annual target");
    }

    @Test
    void aProposalWithoutItsReasonOrAGoodTargetIsRefusedNamingTheField() throws Exception {
        assertField(post(AMENDMENTS, "perf", "{\"period\":\"2025/26 Q3\",\"value\":\"60\"}"), 400, "reason");
        assertField(post(AMENDMENTS, "perf", "{\"value\":\"60\",\"reason\":\"x\"}"), 400, "period");
        assertField(post(AMENDMENTS, "perf", "{\"period\":\"Oct 2025\",\"value\":\"60\",\"reason\":\"x\"}"), 400,
                "period");
        assertField(post(AMENDMENTS, "perf", "{\"period\":\"2025/26 Q3\",\"value\":\"sixty\",\"reason\":\"x\"}"),
                400, "value");
        assertField(post(AMENDMENTS, "perf", "{\"period\":\"2025/26 Q3\",\"low\":\"58\",\"high\":\"62\","
                + "\"reason\":\"x\"}"), 400, "low");
        HttpResponse<String> noTarget = post(AMENDMENTS, "perf", "{\"period\":\"2026/27 Q1\",\"value\":\"60\","
                + "\"reason\":\"x\"}");
        assertField(noTarget, 400, "period");
        assertThat(noTarget.body()).contains("2026/27 has none");
        assertField(post("kpis/HSG-02/target-amendments", "perf", "{\"period\":\"2025/26 Q3\",\"value\":\"97\","
                + "\"reason\":\"x\"}"), 400, "value");
        assertField(post("kpis/HSG-02/target-amendments", "perf", "{\"period\":\"2025/26 Q3\",\"low\":\"97\","
                + "\"high\":\"95\",\"reason\":\"x\"}"), 400, "high");
        assertThat(post("kpis/HSG-02/target-amendments", "manager", "{\"period\":\"2025/26 Q3\",\"low\":\"95\","
                + "\"high\":\"98\",\"reason\":\"Universal credit migration\"}").statusCode()).isEqualTo(201);

        assertThat(api.get(AMENDMENTS, "perf").body()).isEqualTo("[]");
        assertThat(api.get("kpis/WST-01/audit", "perf").body()).doesNotContain("target amendment");
    }

    @Test
    void onlyTheTeamOrTheOwnerProposesAndNoOneDecidesTheirOwn() throws Exception {
        assertThat(post(AMENDMENTS, "manager", PROPOSAL).statusCode()).isEqualTo(403);
        assertThat(post(AMENDMENTS, "scrutiny", PROPOSAL).statusCode()).isEqualTo(403);
        JsonObject proposal = ApiClient.json(post(AMENDMENTS, "perf", PROPOSAL)).getAsJsonObject();

        assertThat(post(decision(proposal, "approve"), "manager", "{\"version\":1}").statusCode()).isEqualTo(403);
        HttpResponse<String> own = post(decision(proposal, "approve"), "perf", "{\"version\":1}");
        assertField(own, 403, "separation-of-duties");
        assertThat(ApiClient.json(own).getAsJsonObject().get("message").getAsString())
                .startsWith("Separation of duties");
        assertThat(status("2025/26 Q3")).isNotEqualTo("GREEN");
        assertThat(post(decision(proposal, "approve"), "admin", "{\"version\":1}").statusCode()).isEqualTo(200);
    }

    @Test
    void aStaleOrSecondDecisionIsRefusedAndChangesNothing() throws Exception {
        JsonObject proposal = ApiClient.json(post(AMENDMENTS, "perf", PROPOSAL)).getAsJsonObject();

        assertField(post(decision(proposal, "approve"), "head", "{\"reason\":\"ok\"}"), 400, "version");
        assertField(post(decision(proposal, "approve"), "head", "{\"version\":0}"), 409, "version");
        assertThat(post(decision(proposal, "reject"), "head", "{\"version\":1,\"reason\":\"No\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = post(decision(proposal, "approve"), "admin", "{\"version\":2}");
        assertField(again, 409, "state");
        assertThat(again.body()).contains("was rejected by head");
        assertThat(post(decision(proposal, "approve"), "admin", "{\"version\":1}").statusCode()).isEqualTo(409);
        assertThat(post(AMENDMENTS + "/99/approve", "head", "{\"version\":1}").statusCode()).isEqualTo(404);

        assertThat(status("2025/26 Q3")).isNotEqualTo("GREEN");
        JsonArray listed = ApiClient.json(api.get(AMENDMENTS, "perf")).getAsJsonArray();
        assertThat(listed.get(0).getAsJsonObject().get("state").getAsString()).isEqualTo("REJECTED");
        assertThat(listed.get(0).getAsJsonObject().get("version").getAsInt()).isEqualTo(2);
    }

    private String status(String period) throws Exception {
        HttpResponse<String> response = api.get("kpis/WST-01/status?period=" + period.replace(" ", "%20"), "perf");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getAsJsonObject().get("status").getAsString();
    }

    private static List<String> targets(JsonArray points) {
        List<String> targets = new ArrayList<>();
        for (JsonElement element : points) {
            JsonObject point = element.getAsJsonObject();
            targets.add(point.get("periodId").getAsString() + " " + point.get("target").getAsString() + " "
                    + point.get("originalTarget").getAsString());
        }
        return targets;
    }

    private static String decision(JsonObject proposal, String verb) {
        return AMENDMENTS + "/" + proposal.get("id").getAsInt() + "/" + verb;
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return api.post(path, user, "application/json", bytes(json));
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.json(response).getAsJsonObject().get("field").getAsString()).isEqualTo(field);
    }
}
