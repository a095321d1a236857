package org.goldenthread.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.goldenthread.contract.TilesView;
import org.goldenthread.testing.MovingClock;
import org.junit.jupiter.api.Test;

/** The macros' data over the application link to Jira, against a scripted link (links run only in Confluence). */
class ApplicationLinkKpiSourceTest {

    @Test
    void asksJiraForAllThePagesTilesInOneJsonRequest() throws Exception {
        FakeJiraLink jira = new FakeJiraLink().answering(200, "{\"tiles\":[],\"unknown\":[\"NOPE-1\"]}");

        TilesView tiles = source(jira).tiles(List.of("WST-01", "NOPE-1"), "latest", "");

        assertThat(tiles.unknown()).containsExactly("NOPE-1");
        FakeJiraLink.Sent sent = jira.sent().get(0);
        assertThat(sent.method()).isEqualTo(Request.MethodType.POST);
        assertThat(sent.url()).isEqualTo("rest/golden-thread/1.0/tiles");
        assertThat(sent.body())
                .isEqualTo("{\"keys\":[\"WST-01\",\"NOPE-1\"],\"period\":\"latest\",\"asPublished\":\"\"}");
        assertThat(sent.type()).isEqualTo("application/json");
        assertThat(sent.headers()).containsEntry("Accept", "application/json");
    }

    @Test
    void filtersGoInTheQueryEncoded() throws Exception {
        FakeJiraLink jira = new FakeJiraLink().answering(200, "{\"period\":\"latest\",\"rows\":[],\"counts\":{}}");

        source(jira).scorecard("2025/26 Q2", "2026-10-15",
                Map.of("directorate", "Place & Growth"));

        assertThat(jira.sent().get(0).url())
                .isEqualTo("rest/golden-thread/1.0/scorecard?directorate=Place+%26+Growth&period=2025%2F26+Q2"
                        + "&asPublished=2026-10-15");
    }

    @Test
    void aReaderWhoHasNotAuthorisedConfluenceIsGivenTheWayToDoSo() {
        for (boolean whenRequested : new boolean[] {true, false}) {
            FakeJiraLink jira = new FakeJiraLink().unauthorised(whenRequested);

            assertThatThrownBy(() -> source(jira).series("WST-01", ""))
                    .isInstanceOfSatisfying(KpiSourceException.class, e -> {
                        assertThat(e.problem()).isEqualTo(KpiSourceException.Problem.AUTHORISATION_NEEDED);
                        assertThat(e.authorisationUrl()).hasValue(FakeJiraLink.AUTHORISE.toString());
                    });
        }
    }

    @Test
    void eachOtherAnswerBecomesAProblemTheMacroCanName() {
        assertThatThrownBy(() -> source(new FakeJiraLink().unlinked()).series("WST-01", ""))
                .hasMessage("Confluence has no application link to Jira");
        assertProblem(new FakeJiraLink().answering(403, ""), KpiSourceException.Problem.NO_PERMISSION);
        assertProblem(new FakeJiraLink().answering(404, ""), KpiSourceException.Problem.NOT_FOUND);
        assertProblem(new FakeJiraLink().answering(500, ""), KpiSourceException.Problem.UNREACHABLE);
        assertProblem(new FakeJiraLink().answering(200, "<html>login</html>"), KpiSourceException.Problem.UNREACHABLE);
    }

    @Test
    void aRefusalOfTheMacrosParametersCarriesTheApisWords() {
        FakeJiraLink jira = new FakeJiraLink().answering(400, "{\"error\":\"invalid\",\"field\":\"asPublished\","
                + "\"message\":\"asPublished must be signed-off or a date like 2026-10-15, but is 'soon'\"}");

        assertThatThrownBy(() -> source(jira).series("WST-01", "soon"))
                .isInstanceOfSatisfying(KpiSourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(KpiSourceException.Problem.INVALID);
                    assertThat(e).hasMessage("asPublished must be signed-off or a date like 2026-10-15, but is 'soon'");
                });
    }

    @Test
    void linksToTheKpisIssueInJira() {
        assertThat(source(new FakeJiraLink()).kpiUrl("WST-01")).isEqualTo(
                "https://jira.example.gov.uk/issues/?jql=issuetype+%3D+KPI+AND+summary+%7E+%22%5C%22WST-01%5C%22%22");
    }

    @Test
    void keepsEachReadersAnswersForAMinute() throws Exception {
        FakeJiraLink jira = new FakeJiraLink().answering(200, "{\"period\":\"latest\",\"rows\":[],\"counts\":{}}");
        MovingClock clock = clock();
        String[] reader = {"alice"};
        ApplicationLinkKpiSource source = new ApplicationLinkKpiSource(jira, () -> new UserKey(reader[0]), clock);

        source.scorecard("latest", "", Map.of());
        source.scorecard("latest", "", Map.of());
        assertThat(jira.sent()).hasSize(1);
        reader[0] = "bob";
        source.scorecard("latest", "", Map.of());
        assertThat(jira.sent()).hasSize(2);
        clock.advance(ReaderCache.KEPT_FOR.plusSeconds(1));
        source.scorecard("latest", "", Map.of());
        assertThat(jira.sent()).hasSize(3);
        source.scorecard("2025/26 Q2", "", Map.of());
        assertThat(jira.sent()).hasSize(4);
    }

    @Test
    void inReportingModeJiraIsAskedAsTheLinkAndTheAnswerIsSharedByEveryReader() throws Exception {
        FakeJiraLink jira = new FakeJiraLink().reportingMode()
                .answering(200, "{\"period\":\"latest\",\"rows\":[],\"counts\":{}}");
        String[] reader = {"councillor.jones"};
        ApplicationLinkKpiSource source = new ApplicationLinkKpiSource(jira, () -> new UserKey(reader[0]), clock());

        source.scorecard("latest", "", Map.of());
        reader[0] = "councillor.patel";
        source.scorecard("latest", "", Map.of());

        assertThat(jira.sent()).singleElement().satisfies(sent -> assertThat(sent.asReader()).isFalse());
        assertThat(jira.readingRequests()).isEqualTo(1);
    }

    @Test
    void withTheCouncilsOwnJiraAccountsEachReaderIsAskedForAsThemselves() throws Exception {
        FakeJiraLink jira = new FakeJiraLink().answering(200, "{\"period\":\"latest\",\"rows\":[],\"counts\":{}}");

        source(jira).scorecard("latest", "", Map.of());

        assertThat(jira.sent()).singleElement().satisfies(sent -> assertThat(sent.asReader()).isTrue());
    }

    @Test
    void reportingModeOverALinkThatCanOnlyImpersonateSaysWhatTheAdministratorMustAdd() {
        FakeJiraLink jira = new FakeJiraLink().reportingMode().onlyImpersonating();

        assertThatThrownBy(() -> source(jira).series("WST-01", ""))
                .isInstanceOfSatisfying(KpiSourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(KpiSourceException.Problem.UNREACHABLE);
                    assertThat(e.getMessage()).contains("reporting mode needs");
                });
    }

    @Test
    void aRefusalIsNotKept() {
        FakeJiraLink jira = new FakeJiraLink().answering(403, "");
        ApplicationLinkKpiSource source = source(jira);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> source.series("WST-01", "")).isInstanceOf(KpiSourceException.class);
        }
        assertThat(jira.sent()).hasSize(2);
    }

    private static MovingClock clock() {
        return new MovingClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    }

    private static ApplicationLinkKpiSource source(FakeJiraLink jira) {
        return new ApplicationLinkKpiSource(jira, () -> new UserKey("reader"), clock());
    }

    private static void assertProblem(FakeJiraLink jira, KpiSourceException.Problem problem) {
        assertThatThrownBy(() -> source(jira).series("WST-01", ""))
                .isInstanceOfSatisfying(KpiSourceException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
