package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.assessor.AssessorApplication;
import org.assessor.serving.Api;
import org.assessor.serving.TestHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The methodology team's path in a real headless Chromium, on a server of its own: a draft of the 2003/04 star
 * ratings, a threshold changed in the code editor, a typo marked at its line while typing, fixed, the cases
 * passing, its impact on an archived run (the two trusts it lowers, with why), submitted with a reason, approved by a second methodology user, published, rated through the API with
 * the new version, and rolled back. Screenshots go to target/screenshots (workbench-*).
 */
@SpringBootTest(classes = AssessorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "assessor.reload.debounce=200ms"})
@DirtiesContext
class WorkbenchBrowserTest {
    private static final String ID = TestHome.ID;
    private static final String THRESHOLD = "data_not_returned: {value: 1,";

    @TempDir
    static Path folder;
    static String original;

    @LocalServerPort
    int port;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void aHomeOfItsOwn() throws Exception {
        original = TestHome.copyInto(folder).version();
    }

    @DynamicPropertySource
    static void serveIt(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", () -> folder.toString());
        properties.add("assessor.archive.url", () -> "jdbc:h2:file:" + folder.resolve("archive/assessor") + ";DB_CLOSE_DELAY=-1");
    }

    @BeforeEach
    void openTheBrowser() {
        browser = Chromium.open(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aThresholdGoesFromDraftToServingWithASecondUsersApprovalAndBack() throws Exception {
        Api api = new Api(port);
        api.awaitServing(ID, original);
        long run = Client.json(api.postCsv(ID, Files.readString(org.assessor.Projects.PUBLISHED_2003_04))).path("run").asLong();
        signIn("methodology");
        browser.get(url("/workbench"));
        new Select(browser.findElement(By.id("methodology"))).selectByValue(ID);
        screenshot("workbench-01-start");
        browser.findElement(By.xpath("//button[text()='Start the draft']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Draft 1 of " + ID);

        edit(THRESHOLD, "data_not_returned: {value: one,");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-lint-marker-error")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "problems"));
        assertThat(browser.findElement(By.id("problems")).getText()).contains("methodology-configs/" + ID + ".yaml:"
                + lineOf("data_not_returned: {value: one,"), "it is text, 'one'");
        screenshot("workbench-02-typo-marked");

        edit("data_not_returned: {value: one,", "data_not_returned: {value: 3,");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "every check passes"));
        assertThat(browser.findElements(By.cssSelector(".CodeMirror-lint-marker-error"))).isEmpty();
        assertThat(browser.findElement(By.id("problems")).getText()).contains("3 cases, 0 failed");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("pre.diff")).getText())
                .contains("changed key_target_points.data_not_returned", "value: 1 -> 3");
        screenshot("workbench-03-fixed");

        new Select(browser.findElement(By.id("run"))).selectByValue(String.valueOf(run));
        browser.findElement(By.xpath("//button[text()='Rate it with the draft']")).click();
        String impact = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact"))).getText();
        assertThat(impact).contains("275 ratings of run " + run, "2 differ (0 higher with the draft, 2 lower)",
                "Mid Devon Primary Care Trust", "Haringey Teaching Primary Care Trust", "key_target_points.data_not_returned");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('impact').scrollIntoView()");
        screenshot("workbench-04-impact");

        browser.findElement(By.id("reason")).sendKeys("Data not returned is penalised like significant underachievement");
        browser.findElement(By.xpath("//button[text()='Submit for approval']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Submitted for approval"));
        assertThat(browser.findElements(By.xpath("//button[text()='Approve']"))).as("an author is not offered approval").isEmpty();

        signOut();
        signIn("reviewer");
        browser.get(url("/workbench/drafts/1"));
        browser.findElement(By.xpath("//button[text()='Approve']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Approved by reviewer"));
        browser.findElement(By.xpath("//button[text()='Publish']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Published as version 2"));
        screenshot("workbench-05-published");

        String published = new org.assessor.methodology.Methodologies(folder).load(ID).version();
        assertThat(published).isNotEqualTo(original);
        api.awaitServing(ID, published);
        HttpResponse<String> rated = api.postCsv(ID, WebServer.published(4));
        assertThat(rated.headers().firstValue("Assessor-Methodology-Version")).hasValue(published);

        browser.get(url("/workbench/history/" + ID));
        new Select(browser.findElement(By.id("version"))).selectByValue("1");
        browser.findElement(By.id("reason")).sendKeys("The penalty is under review");
        screenshot("workbench-06-history");
        browser.findElement(By.xpath("//button[text()='Restore it']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Restored version 1 as version 3"));
        api.awaitServing(ID, original);
        screenshot("workbench-07-rolled-back");
        browser.get(url("/workbench/history/" + ID + "/2"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2");
        screenshot("workbench-08-version");
        assertThat(cspViolations()).isEmpty();
    }

    /** Replaces text in the code editor, as typing it would: the editor's change drives saving and checking. */
    private void edit(String old, String replacement) {
        ((JavascriptExecutor) browser).executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + " const text = cm.getValue(); const at = text.indexOf(arguments[0]);"
                + " if (at < 0) { throw new Error('not in the editor: ' + arguments[0]); }"
                + " cm.replaceRange(arguments[1], cm.posFromIndex(at), cm.posFromIndex(at + arguments[0].length));"
                // the editor shows the line being edited (it draws only the lines in view)
                + " cm.setCursor(cm.posFromIndex(at)); cm.scrollIntoView(cm.posFromIndex(at), 100);", old, replacement);
    }

    private int lineOf(String text) {
        Object line = ((JavascriptExecutor) browser).executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + " return cm.posFromIndex(cm.getValue().indexOf(arguments[0])).line + 1;", text);
        return ((Number) line).intValue();
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(WebServer.password(user));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".who"), user));
    }

    private void signOut() {
        browser.findElement(By.xpath("//button[text()='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private List<String> cspViolations() {
        return Chromium.cspViolations(browser);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Screenshots at 1280 and 390 px, each width checked by {@link Accessibility}. */
    private void screenshot(String name) {
        Accessibility.check(browser, name);
    }
}
