package org.goldenthread.workbench.pages;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.goldenthread.confluence.ApiAnswers;
import org.goldenthread.confluence.KpiApiPaths;
import org.goldenthread.confluence.KpiSource;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.confluence.KpiSourceException.Problem;
import org.goldenthread.contract.ActionPlanView;
import org.goldenthread.contract.AuditPage;
import org.goldenthread.contract.ChartNoteView;
import org.goldenthread.contract.ContractJson;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.contract.KpiDetail;
import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.PeriodCloseView;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.SettingsView;
import org.goldenthread.contract.TargetAmendmentView;
import org.goldenthread.contract.TileRequest;
import org.goldenthread.contract.TilesView;

/**
 * The macros' KPI data in the workbench: the workbench's own REST API over loopback HTTP, as the page's reader (their
 * credentials passed on), as Confluence reaches Jira over an application link.
 */
public final class LoopbackKpiSource implements KpiSource {
    private static final TypeToken<List<ExceptionView>> EXCEPTIONS = new TypeToken<>() { };
    private static final TypeToken<List<ActionPlanView>> PLANS = new TypeToken<>() { };
    private static final TypeToken<List<TargetAmendmentView>> AMENDMENTS = new TypeToken<>() { };
    private static final TypeToken<List<MeasurementRow>> ROWS = new TypeToken<>() { };
    private static final TypeToken<List<ChartNoteView>> NOTES = new TypeToken<>() { };
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI restBase;
    private final Map<String, String> credentials;
    private final Gson gson = ContractJson.gson();
    private final AtomicInteger requests = new AtomicInteger();

    /** {@code credentials} are the reader's headers (Authorization or Cookie); none for an anonymous reader. */
    public LoopbackKpiSource(URI restBase, Map<String, String> credentials) {
        this.restBase = restBase;
        this.credentials = Map.copyOf(credentials);
    }

    @Override
    public TilesView tiles(List<String> keys, String period, String asPublished) throws KpiSourceException {
        String body = gson.toJson(new TileRequest(keys, period, asPublished));
        return read(send(request(KpiApiPaths.TILES).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), TilesView.class);
    }

    @Override
    public SeriesView series(String key, String asPublished) throws KpiSourceException {
        return read(send(request(KpiApiPaths.series(key, asPublished)).GET()), SeriesView.class);
    }

    @Override
    public ScorecardView scorecard(String period, String asPublished, Map<String, String> filters)
            throws KpiSourceException {
        return read(send(request(KpiApiPaths.scorecard(period, asPublished, filters)).GET()), ScorecardView.class);
    }

    @Override
    public List<ExceptionView> exceptions(String period, String asPublished, String directorate)
            throws KpiSourceException {
        return read(send(request(KpiApiPaths.exceptions(period, asPublished, directorate)).GET()), EXCEPTIONS);
    }

    /** The KPI's whole definition. */
    public KpiDetail kpi(String key) throws KpiSourceException {
        return read(send(request(KpiApiPaths.kpi(key)).GET()), KpiDetail.class);
    }

    /** The KPI's target amendments the reader may see: staff see those proposed and rejected too. */
    public List<TargetAmendmentView> targetAmendments(String key) throws KpiSourceException {
        return read(send(request(KpiApiPaths.targetAmendments(key)).GET()), AMENDMENTS);
    }

    /** The KPI's SPC rebases, ghosted points and trend-graph annotations. */
    public List<ChartNoteView> chartNotes(String key) throws KpiSourceException {
        return read(send(request(KpiApiPaths.kpi(key) + "/chart-notes").GET()), NOTES);
    }

    /** The newest page of the KPI's audit log (staff only). */
    public AuditPage audit(String key) throws KpiSourceException {
        return read(send(request(KpiApiPaths.audit(key)).GET()), AuditPage.class);
    }

    /** Every stored period of the KPI, as the reader may see it. */
    public List<MeasurementRow> measurements(String key) throws KpiSourceException {
        return read(send(request(KpiApiPaths.kpi(key) + "/measurements").GET()), ROWS);
    }

    /** Every action plan the reader may see. */
    public List<ActionPlanView> actionPlans() throws KpiSourceException {
        return read(send(request(KpiApiPaths.actionPlans()).GET()), PLANS);
    }

    /** Where the period's updates stand, and whether it is closed (performance team only). */
    public PeriodCloseView period(String periodId) throws KpiSourceException {
        return read(send(request("periods/" + URLEncoder.encode(periodId, StandardCharsets.UTF_8)).GET()),
                PeriodCloseView.class);
    }

    /** The council's settings (administrators only). */
    public SettingsView settings() throws KpiSourceException {
        return read(send(request("settings").GET()), SettingsView.class);
    }

    /** The newest page of the settings' change log (administrators only). */
    public AuditPage settingsAudit() throws KpiSourceException {
        return read(send(request("settings/audit").GET()), AuditPage.class);
    }

    @Override
    public String kpiUrl(String key) {
        return "/kpis/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** How many requests this source has made: the batching's measure. */
    public int requests() {
        return requests.get();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(restBase.resolve(path)).timeout(Duration.ofSeconds(30));
        credentials.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws KpiSourceException {
        requests.incrementAndGet();
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KpiSourceException(Problem.UNREACHABLE, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KpiSourceException(Problem.UNREACHABLE, "interrupted");
        }
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) throws KpiSourceException {
        return read(response, TypeToken.get(type));
    }

    private <T> T read(HttpResponse<String> response, TypeToken<T> type) throws KpiSourceException {
        if (response.statusCode() != 200) {
            throw ApiAnswers.problem(response.statusCode(), response.body(), Problem.NOT_FOUND);
        }
        return ApiAnswers.parse(response.body(), type);
    }
}
