package org.goldenthread.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, against the workbench: signs in as a user, checks each
 * page with axe-core (no serious or critical violation), and saves screenshots under {@code target/browser}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/browser");

    private final WebDriver driver;
    private final URI base;
    private final String axe;

    private Browser(WebDriver driver, URI base, String axe) {
        this.driver = driver;
        this.base = base;
        this.axe = axe;
    }

    /** A browser, or the test skipped where Chromium is not installed (a failure under CI, which installs it). */
    static Browser open(URI base, Path profile) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.exists(AXE);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Chromium, ChromeDriver or axe-core missing: run .ci/browsers");
        }
        assertThat(installed).as("Chromium, ChromeDriver and axe-core (.ci/browsers installs them)").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            return new Browser(new ChromeDriver(service, options), base, Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        go("/signin");
        waitFor(d -> !d.findElements(By.id("user")).isEmpty());
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.cssSelector("form.wb-form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/signin"));
    }

    void go(String path) {
        driver.get(base.resolve(path).toString());
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Waits for the condition; an element replaced or not yet there because a page is loading while it is checked is
     * looked for again.
     */
    void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(condition::apply);
    }

    /** Runs axe-core on the page: no violation of serious or critical impact. */
    @SuppressWarnings("unchecked")
    void checkAccessibility(String name) {
        ((JavascriptExecutor) driver).executeScript(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "done(r.violations.filter(function (v) { return v.impact === 'serious' || "
                        + "v.impact === 'critical'; }).map(function (v) { return v.id + ' (' + v.impact + '): ' + "
                        + "v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                        + "}, function (e) { done(['axe failed: ' + e]); });");
        assertThat((List<String>) result).as("axe-core on %s", name).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets an input's value directly: a date input's typed form depends on the browser's locale. */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }


    @Override
    public void close() {
        driver.quit();
    }
}
