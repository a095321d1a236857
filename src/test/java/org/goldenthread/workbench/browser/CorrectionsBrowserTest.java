package org.goldenthread.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.goldenthread.store.CsvImport;
import org.goldenthread.testing.MovingClock;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Corrections on the KPI page in a real browser: the performance team's restatement is refused naming the field, then
 * made; the status is overridden and the override removed, each with its reason; the tile says so in words. Every page
 * passes axe-core.
 */
class CorrectionsBrowserTest {
    private static final String ROW = "tr[data-period='2025-26-Q1']";

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void theTeamRestatesAFigureAndOverridesItsStatus() {
        MovingClock clock = new MovingClock(Instant.parse("2025-08-01T09:00:00Z"), ZoneId.of("Europe/London"));
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data).withClock(clock));
             Browser browser = Browser.open(server.baseUri(), profile)) {
            CsvImport csv = new CsvImport(server.database().activeObjects(), clock);
            csv.importKpis("kpis.csv", bytes("""
                    key,title,directorate,unit,decimals,polarity,frequency,owner,tolerance_type,tolerance
                    WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head,ABSOLUTE,2
                    """), "perf");
            csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,64.0\n"), "perf");
            csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,61.0\n"), "perf");
            clock.set(Instant.parse("2025-11-03T10:00:00Z"));

            browser.signIn("perf");
            browser.go("/kpis/WST-01");
            browser.find("#restate-value-2025-26-Q1").sendKeys("sixty-three");
            browser.find("#restate-reason-2025-26-Q1").sendKeys("Contractor's late tonnage returns");
            browser.find(ROW + " form[data-change=restate] button").click();
            browser.waitFor(d -> !browser.find(ROW + " .wb-error").getText().isEmpty());
            assertThat(browser.find(ROW + " .wb-error").getText()).startsWith("value: value must be a number");
            assertThat(browser.find("#restate-value-2025-26-Q1").getAttribute("aria-invalid")).isEqualTo("true");
            browser.checkAccessibility("restatement refused");

            browser.find("#restate-value-2025-26-Q1").clear();
            browser.find("#restate-value-2025-26-Q1").sendKeys("63.0");
            browser.find(ROW + " form[data-change=restate] button").click();
            waitForRow(browser, "published as 61.0%");
            assertThat(browser.find(".gt-tile").getText()).contains("63.0%", "Amber");

            browser.find("#override-status-2025-26-Q1").sendKeys("Green");
            browser.find("#override-reason-2025-26-Q1").sendKeys("Depot fire closed two rounds");
            browser.find(ROW + " form[data-change=override] button").click();
            waitForRow(browser, "overridden from Amber");
            assertThat(browser.find(".gt-tile").getText())
                    .contains("Green (overridden from Amber: Depot fire closed two rounds)");
            browser.checkAccessibility("status overridden");
            browser.screenshot("status-overridden");

            browser.find("#remove-reason-2025-26-Q1").sendKeys("Fire was in Q2");
            browser.find(ROW + " form[data-change=remove] button").click();
            browser.waitFor(d -> browser.findAll("#remove-reason-2025-26-Q1").isEmpty());
            assertThat(browser.find(ROW).getText()).doesNotContain("overridden");
            assertThat(browser.find("main").getText()).contains("status override removed");
        }
    }

    private static void waitForRow(Browser browser, String text) {
        browser.waitFor(d -> {
            try {
                return browser.find(ROW).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
