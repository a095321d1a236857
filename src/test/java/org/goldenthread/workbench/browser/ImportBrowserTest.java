package org.goldenthread.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The performance team imports a CSV file in the browser: its problems listed by row and column, then success. */
class ImportBrowserTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path data;
    @TempDir
    Path profile;
    @TempDir
    Path files;

    @Test
    void aFileWithProblemsImportsNothingAndSaysWhereThenAFixedFileImports() throws Exception {
        Path bad = Files.writeString(files.resolve("history.csv"), """
                kpi,period,value
                CUS-02,2026/27 Q2,86.5
                CUS-02,2026/27 Q3,eighty
                NOPE-1,2026/27 Q2,10
                """);
        Path good = Files.writeString(files.resolve("fixed.csv"), """
                kpi,period,value,commentary
                COR-03,2026/27 Q2,91.5,Two savings slipped to next year
                """);
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data)
                .withSampleCouncil(NOVEMBER_2026)); Browser browser = Browser.open(server.baseUri(), profile)) {
            browser.signIn("perf");
            browser.go("/import");
            browser.checkAccessibility("import");

            browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
            browser.find("#wb-import button[type=submit]").click();
            browser.waitFor(d -> browser.find("#wb-result").getText().startsWith("Nothing was imported"));

            assertThat(browser.find("#wb-problems").getText()).contains("3 value eighty", "4 kpi NOPE-1");
            assertThat(browser.find("#wb-bar").getAttribute("value")).isEqualTo("3");
            browser.checkAccessibility("import problems");
            browser.screenshot("6-import-problems");

            browser.find("#file").sendKeys(good.toAbsolutePath().toString());
            browser.find("#wb-import button[type=submit]").click();
            browser.waitFor(d -> browser.find("#wb-result").getText().startsWith("Imported"));
            assertThat(browser.find("#wb-result").getText())
                    .isEqualTo("Imported 1 row: 1 new, 0 changed, 0 unchanged.");
        }
    }
}
