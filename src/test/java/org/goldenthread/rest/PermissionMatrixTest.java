package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.rest.ApiClient.bytes;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.ImportJob;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may call what: every endpoint as each workbench user and anonymously. The expected table is the contract; a
 * cell that changes fails the test and shows the whole table.
 */
class PermissionMatrixTest {
    private static final List<String> CALLERS = List.of("anonymous", "admin", "perf", "manager", "head", "scrutiny");

    /**
     * Import bodies are deliberately invalid, so an allowed import answers 400 and writes nothing; the update step is
     * made to a stale version, so whoever may take it (the KPI's owner, head) gets 409 and nothing changes; the action
     * plan has no title and the chart note no reason, so whoever may make one gets 400; likewise the target
     * amendment has no reason and the decision on one no version (head owns WST-01 and, as it names no approver, is
     * its approver); the settings and the definition change sent have no version; the period closed has not ended
     * (409), and the one reopened has no reason; nor have the restatement, the status override and its removal.
     */
    private static final String EXPECTED = """
            GET health                             200 200 200 200 200 200
            GET reading                            200 200 200 200 200 200
            GET kpis                               401 200 200 200 200 200
            GET kpis/WST-01                        401 200 200 200 200 200
            PUT kpis/WST-01                        401 400 400 403 403 403
            GET kpis/WST-01/measurements           401 200 200 200 200 200
            GET kpis/WST-01/status                 401 200 200 200 200 200
            GET kpis/WST-01/series                 401 200 200 200 200 200
            GET kpis/WST-01/spc                    401 200 200 200 200 200
            GET kpis/WST-01/action-plans           401 200 200 200 200 200
            GET kpis/WST-01/audit                  401 200 200 200 200 403
            GET kpis/WST-01/chart-notes            401 200 200 200 200 200
            POST kpis/WST-01/chart-notes           401 400 400 403 403 403
            GET kpis/WST-01/target-amendments      401 200 200 200 200 200
            POST kpis/WST-01/target-amendments     401 400 400 403 400 403
            POST kpis/WST-01/target-amendments/1/approve 401 400 400 403 400 403
            POST kpis/WST-01/target-amendments/1/reject 401 400 400 403 400 403
            GET scorecard                          401 200 200 200 200 200
            GET exceptions                         401 200 200 200 200 200
            POST tiles                             401 200 200 200 200 200
            GET action-plans                       401 200 200 200 200 200
            POST action-plans                      401 400 400 403 400 403
            POST import/kpis?wait=true             401 400 400 403 403 403
            GET import/jobs/1                      401 200 200 403 403 403
            GET export/kpis                        401 200 200 403 403 403
            POST kpis/WST-01/updates/2025-26-Q2/transitions 401 403 403 403 409 403
            POST updates/2025-26-Q2/publish        401 200 200 403 403 403
            POST kpis/WST-01/measurements/2025-26-Q1/restatements     401 400 400 403 403 403
            PUT kpis/WST-01/measurements/2025-26-Q1/status-override   401 400 400 403 403 403
            DELETE kpis/WST-01/measurements/2025-26-Q1/status-override 401 400 400 403 403 403
            GET periods/2025-26-Q2                  401 200 200 403 403 403
            POST periods/2098-99-Q1/close          401 409 409 403 403 403
            POST periods/2025-26-Q2/reopen         401 400 400 403 403 403
            GET settings                           401 200 403 403 403 403
            PUT settings                           401 400 403 403 403 403
            GET settings/audit                     401 200 403 403 403 403
            """;

    @TempDir
    Path data;

    @Test
    void eachCallerGetsExactlyTheAnswersTheContractGivesThem() throws Exception {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            ImportJob job = new CsvImport(server.database().activeObjects(), Clock.systemUTC()).importKpis("kpis.csv",
                    bytes("key,title,directorate,unit,decimals,polarity,frequency,owner\n"
                            + "WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head\n"),
                    "perf");
            assertThat(job.id()).isEqualTo(1);
            new CsvImport(server.database().activeObjects(), Clock.systemUTC()).importMeasurements("history.csv",
                    bytes("kpi,period,value\nWST-01,2025/26 Q1,61.2\n"), "perf");
            ApiClient api = new ApiClient(server);
            StringBuilder actual = new StringBuilder();
            for (String line : EXPECTED.strip().split("\n")) {
                String[] cells = line.strip().split("\\s+");
                String method = cells[0];
                String path = cells[1];
                List<String> row = new ArrayList<>();
                for (String caller : CALLERS) {
                    HttpRequest.Builder request = api.request(path, caller.equals("anonymous") ? null : caller);
                    HttpRequest call = switch (method) {
                        case "GET" -> request.GET().build();
                        case "DELETE" -> request.DELETE().build();
                        default -> send(request, method, path);
                    };
                    row.add(String.valueOf(api.send(call).statusCode()));
                }
                actual.append(String.format("%-7s%-60s", method, path)).append(String.join(" ", row)).append('\n');
            }

            assertThat(actual.toString()).isEqualTo(normalised(EXPECTED));
        }
    }

    private static HttpRequest send(HttpRequest.Builder request, String method, String path) {
        boolean csv = path.startsWith("import/");
        String body = csv ? "not,a\nkpi,file,at,all\n" : path.endsWith("transitions")
                ? "{\"action\":\"submit\",\"value\":\"61\",\"commentary\":\"x\",\"version\":99}"
                : path.endsWith("chart-notes") ? "{\"kind\":\"rebase\",\"period\":\"2025/26 Q1\"}"
                : path.endsWith("target-amendments") ? "{\"period\":\"2025/26 Q1\",\"value\":\"65\"}"
                : path.endsWith("approve") || path.endsWith("reject") ? "{\"reason\":\"x\"}"
                : path.equals("action-plans") ? "{\"kpi\":\"WST-01\",\"owner\":\"head\",\"due\":\"2027-03-31\"}"
                : path.endsWith("restatements") ? "{\"value\":\"57.3\",\"version\":1}"
                : path.endsWith("status-override") ? "{\"status\":\"AMBER\",\"version\":1}"
                : method.equals("PUT") ? "{}"
                : "{\"keys\":[\"WST-01\"]}";
        return request.header("Content-Type", csv ? "text/csv" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static String normalised(String table) {
        StringBuilder normal = new StringBuilder();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            normal.append(String.format("%-7s%-60s", cells[0], cells[1]))
                    .append(String.join(" ", Arrays.copyOfRange(cells, 2, cells.length))).append('\n');
        }
        return normal.toString();
    }
}
