package org.goldenthread.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.goldenthread.store.CsvImport;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A mid-year target amendment on the KPI page in a real browser: the performance team's proposal is refused naming
 * the field, then made; the proposer cannot approve it; the head of service approves it. Every page passes axe-core.
 */
class TargetAmendmentBrowserTest {
    private static final String ROW = "#wb-amendments tr[data-id]";

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void theTeamProposesAndTheHeadOfServiceApproves() {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data));
             Browser browser = Browser.open(server.baseUri(), profile)) {
            CsvImport csv = new CsvImport(server.database().activeObjects(), Clock.systemUTC());
            csv.importKpis("kpis.csv", bytes("key,title,directorate,unit,decimals,polarity,frequency,owner\n"
                    + "WST-01,Household waste recycled,Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head\n"), "perf");
            csv.importTargets("targets.csv", bytes("kpi,financial_year,value\nWST-01,2025/26,64.0\n"), "perf");
            csv.importMeasurements("history.csv", bytes("kpi,period,value\nWST-01,2025/26 Q2,61.0\n"), "perf");

            browser.signIn("perf");
            browser.go("/kpis/WST-01");
            browser.find("#amend-period").sendKeys("2025/26 Q3");
            browser.find("#amend-value").sendKeys("sixty");
            browser.find("#amend-reason").sendKeys("Garden waste collections suspended for the winter");
            browser.find("#wb-amend button[type=submit]").click();
            browser.waitFor(d -> !browser.find("#wb-amend .wb-error").getText().isEmpty());
            assertThat(browser.find("#wb-amend .wb-error").getText()).startsWith("value: value must be a number");
            assertThat(browser.find("#amend-value").getAttribute("aria-invalid")).isEqualTo("true");
            browser.checkAccessibility("target amendment refused");

            browser.find("#amend-value").clear();
            browser.find("#amend-value").sendKeys("60");
            browser.find("#wb-amend button[type=submit]").click();
            waitForRow(browser, "Proposed");
            assertThat(browser.find(ROW).getText()).contains("64.0%", "60.0%", "separation of duties");
            assertThat(browser.findAll(ROW + " button")).isEmpty();
            browser.checkAccessibility("target amendment proposed");

            browser.signIn("head");
            browser.go("/kpis/WST-01");
            browser.find(ROW + " button.wb-approve").click();
            waitForRow(browser, "Approved by head");
            assertThat(browser.find(ROW).getText()).contains("64.0%", "60.0%", "Approved");
            browser.checkAccessibility("target amendment approved");
            browser.screenshot("target-amendment-approved");
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
