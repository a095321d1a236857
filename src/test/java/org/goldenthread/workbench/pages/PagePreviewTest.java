package org.goldenthread.workbench.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.render.SeriesFixtures;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.render.VelocityTemplates;
import org.junit.jupiter.api.Test;

/** Pages of storage format rendered as Confluence renders them: macros one at a time, data fetched once a page. */
class PagePreviewTest {
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.fromClasspath();
    private final PagePreview preview = new PagePreview(DESCRIPTOR.macros(),
            new VelocityTemplates(DESCRIPTOR.velocityAllowlist()));

    @Test
    void aPageOfAHundredTilesFetchesThemInOneRequest() throws Exception {
        Map<String, String> titles = new LinkedHashMap<>();
        StringBuilder page = new StringBuilder("<h2>Clinic</h2>");
        for (int i = 1; i <= 100; i++) {
            String key = String.format("KPI-%03d", i);
            titles.put(key, "Measure " + i);
            page.append(tile(key));
        }
        CountingKpiSource source = new CountingKpiSource(titles, Map.of());

        String html = preview.render(page.toString(), source, "display");

        assertThat(source.tileRequests()).hasSize(1);
        assertThat(source.tileRequests().get(0)).hasSize(100).startsWith("KPI-001", "KPI-002");
        assertThat(html).contains("KPI-001 Measure 1", "KPI-100 Measure 100", "id=\"gt-tile-100\"")
                .doesNotContain("ac:structured-macro");
    }

    @Test
    void asPublishedGoesWithEveryRequestAndTilesOfAnotherViewAreFetchedApart() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of("WST-01", "Recycling", "WST-02", "Residual"),
                Map.of("WST-01", SeriesFixtures.quarters("Recycling", 4)));
        String page = tile("WST-01") + "<ac:structured-macro ac:name=\"kpi-tile\"><ac:parameter ac:name=\"kpi\">"
                + "WST-02</ac:parameter><ac:parameter ac:name=\"asPublished\">2026-10-15</ac:parameter>"
                + "</ac:structured-macro>" + macro("kpi-trend", "kpi", "WST-01").replace("</ac:structured-macro>",
                "<ac:parameter ac:name=\"asPublished\">signed-off</ac:parameter></ac:structured-macro>");

        preview.render(page, source, "display");

        assertThat(source.tileRequests()).containsExactly(List.of("WST-01"), List.of("WST-02"));
        assertThat(source.asPublished()).containsExactly("", "2026-10-15", "signed-off");
    }

    @Test
    void anUnknownKpiIsAnInlineMessageAndCostsNoSecondRequest() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of("WST-01", "Recycling"), Map.of());

        String html = preview.render(tile("WST-01") + tile("NOPE-9"), source, "display");

        assertThat(html).contains("WST-01 Recycling", "Unknown KPI.", "There is no KPI NOPE-9");
        assertThat(source.tileRequests()).hasSize(1);
    }

    @Test
    void jiraBeingUnreachableOrAskingForAuthorisationIsSaidOnThePage() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of("WST-01", "Recycling"), Map.of());
        source.failWith(new KpiSourceException(KpiSourceException.Problem.UNREACHABLE, "connection refused"));
        assertThat(preview.render(tile("WST-01"), source, "display"))
                .contains("Jira is unreachable.", "connection refused");

        source.failWith(new KpiSourceException(KpiSourceException.Problem.AUTHORISATION_NEEDED, "401",
                "https://jira.example/oauth?x=1&y=2"));
        assertThat(preview.render(tile("WST-01"), source, "display")).contains(
                "<a href=\"https://jira.example/oauth?x=1&amp;y=2\">Authorise with Jira</a>");
    }

    @Test
    void hostileTextFromJiraComesOutInert() throws Exception {
        String hostile = "<script>alert(1)</script>\"><svg onload=alert(2)>";
        CountingKpiSource source = new CountingKpiSource(Map.of("WST-01", hostile),
                Map.of("WST-01", SeriesFixtures.quarters(hostile, 8)));

        String html = preview.render(tile("WST-01") + trend("WST-01"), source, "display");

        assertThat(html).doesNotContain("<script", "<svg onload", "\"><svg")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;svg onload=alert(2)&gt;");
    }

    @Test
    void hostileTextFromJiraComesOutInertFromEveryReportMacro() throws Exception {
        String hostile = "<script>alert(1)</script>\"><svg onload=alert(2)>";
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("WST-01", hostile);
        titles.put("WST-02", "javascript:x");
        CountingKpiSource source = new CountingKpiSource(titles, Map.of());
        String page = macro("kpi-scorecard", "directorate", hostile) + macro("kpi-summary", "status", hostile)
                + macro("kpi-exceptions", "period", "latest") + macro("kpi-action-plans", "period", "latest");

        String html = preview.render(page, source, "display");

        assertThat(html).doesNotContain("<script", "<svg onload", "\"><svg")
                .contains("directorate &lt;script&gt;", "Plan for &lt;script&gt;", "Reason: &lt;script&gt;")
                .contains("href=\"/kpis/WST-01\"");
    }

    @Test
    void theActionPlansForScrutinyShowEachPlanBesideItsKpiTileAndNoEditControl() throws Exception {
        CountingKpiSource source = new CountingKpiSource(new LinkedHashMap<>(Map.of("WST-03", "Fly-tipping")),
                Map.of());

        String html = preview.render(macro("kpi-action-plans", "period", "latest") + tile("WST-03"), source,
                "display");

        assertThat(html).contains("<h4>Plan for Fly-tipping</h4>", "40% (On track)", "class=\"gt-tile ")
                .doesNotContain("<form", "<button", "<input");
        assertThat(source.tileRequests()).hasSize(1);
    }

    @Test
    void theSummaryCountsKpisByStatusInWords() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of("A-1", "One", "A-2", "Two"), Map.of());

        assertThat(preview.render(macro("kpi-summary", "period", "latest"), source, "display"))
                .contains("Green: 2", "width: 100%");
    }

    @Test
    void hostileParametersComeOutInert() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of(), Map.of());
        String page = "<ac:structured-macro ac:name=\"kpi-trend\"><ac:parameter ac:name=\"kpi\">WST-01"
                + "</ac:parameter><ac:parameter ac:name=\"periods\">&lt;script&gt;x</ac:parameter>"
                + "</ac:structured-macro>";

        assertThat(preview.render(page, source, "display")).contains("It is &#39;&lt;script&gt;x&#39;.")
                .doesNotContain("<script");
    }

    @Test
    void theTrendIsInlineSvgOnScreenAndAPngInThePdfExport() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of(),
                Map.of("WST-01", SeriesFixtures.quarters("Recycling", 8)));

        assertThat(preview.render(trend("WST-01"), source, "display")).contains("<svg", "role=\"img\"",
                "<table class=\"gt-data-table\">").doesNotContain("<img");
        assertThat(preview.render(trend("WST-01"), source, "pdf")).contains("<img src=\"data:image/png;base64,",
                "alt=\"Trend of Recycling, 8 periods").doesNotContain("<svg xmlns");
    }

    @Test
    void aPageThatIsNotWellFormedNamesTheLine() {
        CountingKpiSource source = new CountingKpiSource(Map.of(), Map.of());

        assertThatThrownBy(() -> preview.render("<p>one</p>\n<p>two\n<p>three</p>", source, "display"))
                .isInstanceOfSatisfying(StorageFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void confluencesOwnMacrosAreNamedNotExecuted() throws Exception {
        CountingKpiSource source = new CountingKpiSource(Map.of(), Map.of());

        assertThat(preview.render("<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>x</p>"
                + "</ac:rich-text-body></ac:structured-macro>&nbsp;", source, "display"))
                .contains("The info macro belongs to Confluence");
    }

    private static String tile(String key) {
        return "<ac:structured-macro ac:name=\"kpi-tile\" ac:schema-version=\"1\"><ac:parameter ac:name=\"kpi\">"
                + key + "</ac:parameter></ac:structured-macro>\n";
    }

    private static String macro(String name, String parameter, String value) {
        return "<ac:structured-macro ac:name=\"" + name + "\"><ac:parameter ac:name=\"" + parameter + "\">"
                + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                + "</ac:parameter></ac:structured-macro>\n";
    }

    private static String trend(String key) {
        return "<ac:structured-macro ac:name=\"kpi-trend\"><ac:parameter ac:name=\"kpi\">" + key
                + "</ac:parameter></ac:structured-macro>\n";
    }
}
