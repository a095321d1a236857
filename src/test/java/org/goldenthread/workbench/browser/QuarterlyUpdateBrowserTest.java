package org.goldenthread.workbench.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly update in a real browser, as a council runs it: a service manager's red figure is refused without
 * commentary, then accepted with commentary and a new linked action plan; the performance team verifies, the head of
 * service signs off, the performance team publishes; the clinic page then shows the new status and trend point, and
 * a scrutiny member, who could not see the figure before it was published, sees the action plan without any way to
 * change it. Every page passes axe-core.
 */
class QuarterlyUpdateBrowserTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"),
            ZoneId.of("Europe/London"));
    private static final String ROW = "#row-CUS-01";

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void aRedFigureGoesFromSubmissionToPublicationWithItsActionPlan() {
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data)
                .withSampleCouncil(NOVEMBER_2026)); Browser browser = Browser.open(server.baseUri(), profile)) {
            browser.go("/");
            browser.checkAccessibility("home");
            browser.go("/signin");
            browser.checkAccessibility("sign-in");

            browser.signIn("scrutiny");
            browser.go("/kpis/CUS-01");
            assertThat(browser.find("main").getText()).contains("2026/27 Q1").doesNotContain("2026/27 Q2")
                    .doesNotContain("Audit log");
            browser.checkAccessibility("KPI page");

            browser.signIn("manager");
            browser.go("/updates");
            browser.checkAccessibility("quarterly update");
            browser.find("#value-CUS-01").sendKeys("55.0");
            browser.find(ROW + " form[data-action=submit] button").click();
            browser.waitFor(d -> !browser.find(ROW + " .wb-error").getText().isEmpty());
            assertThat(browser.find(ROW + " .wb-error").getText())
                    .isEqualTo("commentary: Commentary is required because the status is red.");
            browser.screenshot("1-submission-refused");

            browser.find(ROW + " a.wb-plan-link").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/action-plans/new"));
            browser.checkAccessibility("create linked action plan");
            browser.find("#title").sendKeys("Recruit to the contact centre's vacant adviser posts");
            browser.setValue("#due", "2027-03-31");
            browser.find("#progress").clear();
            browser.find("#progress").sendKeys("10");
            browser.find("#milestones").sendKeys("2027-01-31 Six advisers in post");
            browser.screenshot("2-action-plan");
            browser.find("#wb-plan button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/updates"));

            browser.find("#value-CUS-01").sendKeys("55.0");
            browser.find("#commentary-CUS-01").sendKeys("Six adviser posts were vacant all quarter");
            browser.find(ROW + " form[data-action=submit] button").click();
            waitForState(browser, "Submitted");

            browser.signIn("perf");
            browser.go("/updates");
            browser.find(ROW + " button[data-action=verify]").click();
            waitForState(browser, "Verified");

            browser.signIn("head");
            browser.go("/updates");
            browser.find(ROW + " button[data-action=sign-off]").click();
            waitForState(browser, "Signed off");

            browser.signIn("scrutiny");
            browser.go("/kpis/CUS-01");
            assertThat(browser.find("main").getText()).doesNotContain("55.0%");

            browser.signIn("perf");
            browser.go("/updates");
            browser.screenshot("3-ready-to-publish");
            browser.find("#wb-publish").click();
            waitForState(browser, "Published");
            browser.find("#wb-close").click();
            browser.waitFor(d -> browser.find(".wb-publish .wb-error").isDisplayed());
            assertThat(browser.find(".wb-publish .wb-error").getText()).contains("cannot close while",
                    "in progress (publish or return them first)");
            browser.go("/kpis/CUS-01");
            assertThat(browser.find("main").getText()).contains("Statistical process control", "Audit log",
                    "Recruit to the contact centre's vacant adviser posts");
            browser.checkAccessibility("KPI page for staff");
            browser.go("/scorecard?directorate=Customer");
            assertThat(browser.find("main").getText()).contains("CUS-01", "Scorecard, latest published period, "
                    + "directorate Customer").doesNotContain("WST-01");
            browser.checkAccessibility("scorecard");

            browser.signIn("scrutiny");
            browser.go("/pages/performance-clinic");
            String tile = browser.find("a[href='/kpis/CUS-01']").findElement(
                    By.xpath("ancestor::div[contains(@class,'gt-tile')]")).getText();
            assertThat(tile).contains("2026/27 Q2", "55.0%", "Red");
            assertThat(browser.find("main").getText()).contains("2026/27 Q2\n55.0%");
            browser.checkAccessibility("performance clinic");
            browser.screenshot("4-clinic");

            browser.go("/action-plans");
            assertThat(browser.find("main").getText()).contains("Recruit to the contact centre's vacant adviser posts",
                    "CUS-01", "2027-03-31");
            assertThat(browser.findAll("main form, main button, main input, main textarea, main a.wb-plan-link"))
                    .isEmpty();
            browser.checkAccessibility("action plans");
            browser.go("/pages/overview-and-scrutiny-exceptions");
            assertThat(browser.find("main").getText()).contains("Recruit to the contact centre's vacant adviser posts");
            browser.checkAccessibility("scrutiny exceptions");
            browser.screenshot("5-scrutiny");
        }
    }

    private static void waitForState(Browser browser, String state) {
        browser.waitFor(d -> {
            try {
                return browser.find(ROW + " .wb-state").getText().equals(state);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        });
    }
}
