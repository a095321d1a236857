package org.goldenthread.workbench.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.goldenthread.store.CsvImport;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's page preview over real HTTP: files read at each request, and every fault a readable page. */
class PagesServletTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;
    private WorkbenchServer server;
    private Path pages;

    @BeforeEach
    void start() throws Exception {
        server = WorkbenchServer.start(new WorkbenchOptions(0, data));
        new CsvImport(server.database().activeObjects(), Clock.systemUTC()).importKpis("kpis.csv",
                "key,title,directorate,unit,decimals,polarity,frequency,owner\nWST-01,Recycling,Place,PERCENT,1,"
                        .concat("HIGHER_IS_BETTER,QUARTERLY,head\n").getBytes(StandardCharsets.UTF_8), "perf");
        pages = Files.createDirectories(data.resolve("pages"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rendersAFileAddedWhileTheWorkbenchRuns() throws Exception {
        Files.writeString(pages.resolve("clinic.xhtml"), "<p>Recycling:</p><ac:structured-macro ac:name=\"kpi-tile\">"
                + "<ac:parameter ac:name=\"kpi\">WST-01</ac:parameter></ac:structured-macro>");

        HttpResponse<String> list = get("pages/", "perf");
        HttpResponse<String> page = get("pages/clinic", "perf");

        assertThat(list.body()).contains("<a href=\"/pages/clinic\">Clinic</a>");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("WST-01 Recycling", "No figure").doesNotContain("ac:structured-macro");
    }

    @Test
    void aFileThatIsNotWellFormedGetsAPageNamingTheLine() throws Exception {
        Files.writeString(pages.resolve("broken.xhtml"), "<p>one</p>\n<p>two</b>\n<p>three</p>\n");

        HttpResponse<String> page = get("pages/broken", "perf");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("broken.xhtml is not well-formed storage format", "Line 2, column");
    }

    @Test
    void aFileThatIsNotUtf8GetsAPageSayingSo() throws Exception {
        Files.write(pages.resolve("latin.xhtml"), new byte[] {'<', 'p', '>', (byte) 0xA3, '5', '<', '/', 'p', '>'});

        HttpResponse<String> page = get("pages/latin", "perf");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("latin.xhtml is not UTF-8 text");
    }

    @Test
    void aMacroParameterTheApiRefusesIsNamedOnThePage() throws Exception {
        Files.writeString(pages.resolve("paper.xhtml"), "<ac:structured-macro ac:name=\"kpi-scorecard\">"
                + "<ac:parameter ac:name=\"asPublished\">soon</ac:parameter></ac:structured-macro>");

        assertThat(get("pages/paper", "perf").body()).contains("Check the macro&#39;s parameters.",
                "asPublished must be signed-off or a date like 2026-10-15, but is &#39;soon&#39;");
    }

    @Test
    void namesOutsideThePagesFolderAndReadersNotSignedInGetNoPage() throws Exception {
        assertThat(get("pages/..%2Fworkbench", "perf").statusCode()).isEqualTo(400);
        assertThat(get("pages/clinic.xhtml", "perf").statusCode()).isEqualTo(404);
        assertThat(get("pages/missing", "perf").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = get("pages/clinic", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/signin?next=%2Fpages%2Fclinic");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(URI.create(path)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
