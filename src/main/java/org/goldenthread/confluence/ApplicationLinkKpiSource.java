package org.goldenthread.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.confluence.KpiSourceException.Problem;
import org.goldenthread.contract.ContractJson;
import org.goldenthread.contract.ExceptionView;
import org.goldenthread.contract.ReadingView;
import org.goldenthread.contract.ScorecardView;
import org.goldenthread.contract.SeriesView;
import org.goldenthread.contract.TileRequest;
import org.goldenthread.contract.TilesView;

/**
 * The macros' KPI data in Confluence: Golden Thread's REST API in the Jira of the primary application link, asked as
 * the page's reader, so Jira's permissions decide what they see; each reader's answers are kept for a minute. A reader
 * who has not yet let Confluence act for them in Jira gets an "Authorise with Jira" link. When the council reads
 * reports in reporting mode, so that councillors need no Jira account, Jira is asked without impersonating the reader
 * (the Confluence page's own restrictions decide who sees it) and the answers are shared by every reader.
 */
@ConfluenceComponent
public class ApplicationLinkKpiSource implements KpiSource {
    static final String REST = "rest/golden-thread/1.0/";
    private static final String READING = "reading";
    private static final String REPORTING = "REPORTING";
    /** The cache's reader for answers asked without impersonation, which are the same for every reader. */
    private static final String EVERY_READER = "";
    private static final TypeToken<List<ExceptionView>> EXCEPTIONS = new TypeToken<>() { };

    private final ApplicationLinkService links;
    private final UserManager users;
    private final ReaderCache cache;
    private final Gson gson = ContractJson.gson();

    public ApplicationLinkKpiSource(@ComponentImport ApplicationLinkService links,
                                    @ComponentImport UserManager users) {
        this(links, users, Clock.systemUTC());
    }

    ApplicationLinkKpiSource(ApplicationLinkService links, UserManager users, Clock clock) {
        this.links = links;
        this.users = users;
        this.cache = new ReaderCache(clock);
    }

    @Override
    public TilesView tiles(List<String> keys, String period, String asPublished) throws KpiSourceException {
        return read(Request.MethodType.POST, KpiApiPaths.TILES, gson.toJson(new TileRequest(keys, period,
                        asPublished)), TypeToken.get(
                TilesView.class), Problem.UNREACHABLE);
    }

    @Override
    public SeriesView series(String key, String asPublished) throws KpiSourceException {
        return read(Request.MethodType.GET, KpiApiPaths.series(key, asPublished), null, TypeToken.get(SeriesView.class),
                Problem.NOT_FOUND);
    }

    @Override
    public ScorecardView scorecard(String period, String asPublished, Map<String, String> filters)
            throws KpiSourceException {
        return read(Request.MethodType.GET, KpiApiPaths.scorecard(period, asPublished, filters), null,
                TypeToken.get(ScorecardView.class), Problem.UNREACHABLE);
    }

    @Override
    public List<ExceptionView> exceptions(String period, String asPublished, String directorate)
            throws KpiSourceException {
        return read(Request.MethodType.GET, KpiApiPaths.exceptions(period, asPublished, directorate), null, EXCEPTIONS,
                Problem.UNREACHABLE);
    }

    /** A Jira search for the KPI's issue, whose summary starts with its key. */
    @Override
    public String kpiUrl(String key) {
        ApplicationLink jira = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null) {
            return "#";
        }
        String base = jira.getDisplayUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + "issues/?jql="
                + KpiApiPaths.encode("issuetype = KPI AND summary ~ \"\\\"" + key + "\\\"\"");
    }

    private <T> T read(Request.MethodType method, String path, String body, TypeToken<T> type, Problem onMissing)
            throws KpiSourceException {
        boolean reporting = reportingMode();
        UserKey user = users.getRemoteUserKey();
        Optional<String> reader = reporting ? Optional.of(EVERY_READER)
                : Optional.ofNullable(user).map(UserKey::getStringValue);
        String request = method + " " + path + (body == null ? "" : " " + body);
        Optional<String> kept = reader.flatMap(key -> cache.get(key, request));
        if (kept.isPresent()) {
            return ApiAnswers.parse(kept.get(), type);
        }
        String answer = ask(method, path, body, onMissing, !reporting);
        reader.ifPresent(key -> cache.put(key, request, answer));
        return ApiAnswers.parse(answer, type);
    }

    /**
     * Whether the council reads reports in reporting mode, as Jira says; kept for a minute. If Jira cannot say, each
     * reader is asked for as themselves, which shows no one more than Jira lets them see.
     */
    private boolean reportingMode() {
        String request = "GET " + READING;
        Optional<String> kept = cache.get(EVERY_READER, request);
        try {
            String answer = kept.isPresent() ? kept.get() : askHowToRead();
            ReadingView reading = ApiAnswers.parse(answer, TypeToken.get(ReadingView.class));
            if (kept.isEmpty()) {
                cache.put(EVERY_READER, request, answer);
            }
            return REPORTING.equals(reading.councillorReadMode());
        } catch (KpiSourceException e) {
            return false;
        }
    }

    /** Asked as the link itself, or, over a link that can only act as the reader, as the reader. */
    private String askHowToRead() throws KpiSourceException {
        try {
            return ask(Request.MethodType.GET, READING, null, Problem.NOT_FOUND, false);
        } catch (KpiSourceException e) {
            return ask(Request.MethodType.GET, READING, null, Problem.NOT_FOUND, true);
        }
    }

    /** Jira's answer to one request, as the reader or not: its body when it is 200, otherwise the problem it means. */
    private String ask(Request.MethodType method, String path, String body, Problem onMissing, boolean asReader)
            throws KpiSourceException {
        ApplicationLink jira = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null) {
            throw new KpiSourceException(Problem.UNREACHABLE, "Confluence has no application link to Jira");
        }
        ApplicationLinkRequestFactory requests = asReader ? jira.createAuthenticatedRequestFactory()
                : jira.createNonImpersonatingAuthenticatedRequestFactory();
        if (requests == null) {
            throw new KpiSourceException(Problem.UNREACHABLE, "the application link to Jira has no authentication "
                    + "that does not act as the reader, which reporting mode needs: an administrator adds it to the "
                    + "link");
        }
        Answer answer;
        try {
            ApplicationLinkRequest request = requests.createRequest(method, REST + path)
                    .setHeader("Accept", "application/json");
            if (body != null) {
                request.setRequestBody(body, "application/json");
            }
            answer = request.execute(new AnswerHandler());
        } catch (CredentialsRequiredException e) {
            throw authorisationNeeded(e.getAuthorisationURI().toString());
        } catch (ResponseException e) {
            throw new KpiSourceException(Problem.UNREACHABLE, e.getMessage());
        }
        if (answer.credentialsRequired()) {
            throw authorisationNeeded(requests.getAuthorisationURI().toString());
        }
        if (answer.status() != 200) {
            throw ApiAnswers.problem(answer.status(), answer.body(), onMissing);
        }
        return answer.body();
    }

    private static KpiSourceException authorisationNeeded(String url) {
        return new KpiSourceException(Problem.AUTHORISATION_NEEDED, "authorisation needed", url);
    }

    /** What Jira answered: a status and body, or a request to authorise first. */
    private record Answer(int status, String body, boolean credentialsRequired) {
    }

    private static final class AnswerHandler implements ApplicationLinkResponseHandler<Answer> {
        @Override
        public Answer credentialsRequired(Response response) {
            return new Answer(response.getStatusCode(), "", true);
        }

        @Override
        public Answer handle(Response response) throws ResponseException {
            return new Answer(response.getStatusCode(), response.getResponseBodyAsString(), false);
        }
    }
}
