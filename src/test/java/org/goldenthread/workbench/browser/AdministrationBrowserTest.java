package org.goldenthread.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * Controlled changes in the browser: an administrator changes the council's settings and the performance team a KPI's
 * definition; a bad value is named, and each change is logged.
 */
class AdministrationBrowserTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void theAdministratorChangesTheToleranceAndABadAuthorityCodeIsNamed() {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data)
                .withSampleCouncil(NOVEMBER_2026)); Browser browser = Browser.open(server.baseUri(), profile)) {
            browser.signIn("perf");
            browser.go("/settings");
            assertThat(browser.find("main").getText()).contains("The settings are for administrators.");
            assertThat(browser.findAll("nav a[href='/settings']")).isEmpty();

            browser.signIn("admin");
            browser.go("/settings");
            browser.checkAccessibility("settings");
            assertThat(browser.find("#authorityCode").getAttribute("value")).isEqualTo("ANYTOWN");
            assertThat(browser.find("#wb-settings").getAttribute("data-version")).isEqualTo("1");

            browser.setValue("#authorityCode", "ANY TOWN");
            browser.find("#wb-settings button[type=submit]").click();
            browser.waitFor(d -> browser.find("#wb-settings .wb-error").isDisplayed());
            assertThat(browser.find("#wb-settings .wb-error").getText()).startsWith("authorityCode:");

            browser.setValue("#authorityCode", "ANYTOWN");
            browser.setValue("#tolerancePercent", "10");
            browser.find("#wb-settings button[type=submit]").click();
            browser.waitFor(d -> "2".equals(browser.find("#wb-settings").getAttribute("data-version")));
            assertThat(browser.find("#tolerancePercent").getAttribute("value")).isEqualTo("10");
            assertThat(browser.find("table").getText()).contains("setting: council tolerance", "5% of target",
                    "10% of target");
            browser.screenshot("7-settings");
        }
    }

    @Test
    void thePerformanceTeamGhostsAPointWithItsReasonAndRemovesItAgain() {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data)
                .withSampleCouncil(NOVEMBER_2026)); Browser browser = Browser.open(server.baseUri(), profile)) {
            browser.signIn("scrutiny");
            browser.go("/kpis/WST-01");
            assertThat(browser.find("main").getText()).contains("Notes on the trend graph",
                    "New recycling contractor and weekly food waste");
            assertThat(browser.findAll("form.wb-chart-note")).isEmpty();

            browser.signIn("perf");
            browser.go("/kpis/WST-01");
            browser.checkAccessibility("KPI page with chart notes");
            new Select(browser.find("#note-kind")).selectByValue("ghost");
            browser.setValue("#note-period", "Q9");
            browser.setValue("#note-text", "Strike");
            browser.find("#wb-add-note button[type=submit]").click();
            browser.waitFor(d -> browser.find("#wb-add-note .wb-error").isDisplayed());
            assertThat(browser.find("#wb-add-note .wb-error").getText()).startsWith("period:");

            browser.setValue("#note-period", "2025/26 Q1");
            browser.setValue("#note-text", "Refuse collectors' strike");
            browser.find("#wb-add-note button[type=submit]").click();
            browser.waitFor(d -> !browser.findAll("#remove-note-ghost-2025-26-Q1").isEmpty());
            assertThat(browser.find("table.wb-chart-notes").getText()).contains("2025/26 Q1",
                    "Ghosted point: left out of the SPC limits", "Refuse collectors' strike");

            browser.setValue("#remove-note-ghost-2025-26-Q1", "Strike figures were complete after all");
            browser.find("#remove-note-ghost-2025-26-Q1 ~ button").click();
            browser.waitFor(d -> browser.findAll("#remove-note-ghost-2025-26-Q1").isEmpty());
            assertThat(browser.find("table.wb-chart-notes").getText()).doesNotContain("Refuse collectors' strike");
        }
    }

    @Test
    void thePerformanceTeamChangesTheCalculationAndANewDefinitionVersionStarts() {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data)
                .withSampleCouncil(NOVEMBER_2026)); Browser browser = Browser.open(server.baseUri(), profile)) {
            browser.signIn("scrutiny");
            browser.go("/definitions/WST-01");
            assertThat(browser.find("main").getText()).contains("Definition version\n1");
            assertThat(browser.findAll("#wb-definition")).isEmpty();

            browser.signIn("perf");
            browser.go("/definitions/WST-01");
            browser.checkAccessibility("definition");
            browser.setValue("#title", "");
            browser.setValue("#reason", "Clearer title");
            browser.find("#wb-definition button[type=submit]").click();
            browser.waitFor(d -> browser.find("#wb-definition .wb-error").isDisplayed());
            assertThat(browser.find("#wb-definition .wb-error").getText()).isEqualTo("title: title is required");

            browser.go("/definitions/WST-01");
            browser.setValue("#calculation", "Tonnes recycled or composted, rejected loads included, / tonnes "
                    + "collected");
            browser.setValue("#reason", "Rejected loads now count as collected");
            browser.find("#wb-definition button[type=submit]").click();
            browser.waitFor(d -> browser.find("main").getText().contains("Definition version\n2"));
            assertThat(browser.find("main").getText()).contains("rejected loads included");
            browser.screenshot("8-definition");
        }
    }
}
