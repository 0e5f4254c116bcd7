package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An auditor in a real headless Chromium: signs in, opens a run, opens a trust, reads its explanation, and
 * is refused a write; and opens Swagger UI. The console reports nothing blocked by the
 * Content-Security-Policy, which does block an inline script put into a page. Screenshots of each page, at 1280×800 and at phone width, go to target/screenshots.
 * Needs the Debian packages chromium and chromium-driver; without them the test fails and says so.
 */
class BrowserTest extends WebServer {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openTheBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser test needs Chromium and its driver: install them with "
                    + "'apt-get install -y chromium chromium-driver' (missing: %s)", Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM);
        }
        ensureRuns();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800");
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAuditorReadsATrustsExplanationAndIsRefusedAWrite() throws Exception {
        browser.get(url("/runs"));
        assertThat(browser.getCurrentUrl()).as("anonymous users are sent to sign in").endsWith("/login");
        screenshot("01-sign-in");
        browser.findElement(By.id("username")).sendKeys(AUDITOR);
        browser.findElement(By.id("password")).sendKeys(password(AUDITOR));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("runs")));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("auditor");
        assertThat(browser.findElements(By.id("input"))).as("an auditor is not offered the rating form").isEmpty();
        screenshot("02-runs");

        browser.findElement(By.linkText("Run " + starsRun)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ratings")));
        wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return typeof Chart !== 'undefined' && Object.keys(Chart.instances).length > 0"));
        assertThat(cspViolations()).as("signing in and the runs and run pages, charts drawn").isEmpty();
        assertThat(inlineScriptRuns()).as("the Content-Security-Policy blocks an injected inline script").isFalse();
        assertThat(cspViolations()).singleElement().asString()
                .contains("inline script violates the following Content Security Policy directive 'script-src 'self''");
        screenshot("03-run");

        browser.findElement(By.linkText("Aintree Hospitals NHS Trust")).click();
        WebElement steps = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps")));
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo("Aintree Hospitals NHS Trust");
        assertThat(browser.findElement(By.id("rating")).getText()).isEqualTo("3");
        assertThat(steps.getText()).contains("Key targets: 1 underachieved", "12-hour waits for emergency admission");
        WebElement parameter = steps.findElement(By.cssSelector(".params a[href*='#param-key_target_points.underachieved']"));
        assertThat(parameter.findElement(By.xpath("./..")).getText()).contains("derived", "docs/methodologies/star-ratings-2003-04.md#key-target-points");
        screenshot("04-trust");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("05-trust-phone");
        browser.manage().window().setSize(new Dimension(1280, 800));

        parameter.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parameters")));
        assertThat(browser.getCurrentUrl()).endsWith("#param-key_target_points.underachieved");
        assertThat(browser.findElement(By.id("param-key_target_points.underachieved")).getText()).contains("derived");
        assertThat(browser.findElements(By.xpath("//button[text()='Reload']"))).as("an auditor is not offered reloading").isEmpty();

        browser.get(url("/compare?a=" + starsRun + "&b=" + stars2004Run));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("auditor", "/compare");
        screenshot("06-refused");
        assertThat(cspViolations()).as("the trust, methodology and refusal pages").isEmpty();
    }

    @Test
    void swaggerUiWorksUnderItsContentSecurityPolicy() throws Exception {
        signIn(AUDITOR);

        browser.get(url("/swagger-ui.html"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"), "Assessor API"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock-get")));
        browser.findElement(By.xpath("//*[contains(@class,'opblock-get')]//*[contains(@class,'opblock-summary-path')]"
                + "[normalize-space(.)='/api/methodologies']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".swagger-ui .opblock.is-open .try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".swagger-ui .opblock.is-open .execute"))).click();
        WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".swagger-ui .opblock.is-open .live-responses-table tr.response td.response-col_status")));
        assertThat(status.getText()).as("Try it out, with the session").isEqualTo("200");
        screenshot("07-swagger-ui");
        assertThat(cspViolations()).isEmpty();
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password(user));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("runs")));
    }

    /** The console's reports of anything the Content-Security-Policy blocked since the last call. */
    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Adds an inline script to the page, as an injection would, and tells whether it ran. */
    private boolean inlineScriptRuns() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.injected = true';"
                        + " document.body.appendChild(s); return window.injected === true;");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).as(file.toString()).isPositive();
    }
}
