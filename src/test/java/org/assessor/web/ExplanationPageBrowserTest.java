package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * A trust's explanation page in a real Chromium, decision first: the rating in the methodology's words, the
 * published values beside the computed ones, the deciding steps, the trust's inputs by their labels, and only
 * then the per-item detail, folded. Aintree (2003/04 star ratings) and a mental health and community trust (the
 * Oversight Framework, Q1), each checked with {@link Accessibility}, and the print view.
 */
class ExplanationPageBrowserTest extends BrowserSession {
    private static final String AINTREE = "Aintree Hospitals NHS Trust";
    private static final String HEREFORDSHIRE = "Herefordshire and Worcestershire Health and Care NHS Trust";

    @BeforeEach
    void signInAsAnAuditor() {
        signIn(AUDITOR);
    }

    @Test
    void aintreesStarRatingAndItsDecidingStepsComeBeforeItsInputs() throws Exception {
        browser.get(url("/runs/" + starsRun + "/ratings/" + indexOf(starsRun, AINTREE)));

        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo(AINTREE);
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Star rating: 3 stars");
        assertThat(texts(By.cssSelector("#published li"))).containsExactly(
                "Star rating: Published 3 stars, computed 3 stars: they agree.",
                "Key-target summary: Published pass, computed pass: they agree.");
        assertThat(texts(By.cssSelector("#steps > li > .step-text"))).containsExactly(
                "The key targets add up to 1 point, which is a pass for acute trusts (0–1 points)",
                "The focus areas add up to a balanced-scorecard score of 8",
                "A key-target pass with a balanced-scorecard score of 8 (at least 8, the three-star level for acute trusts) gives 3 stars");
        WebElement deciding = browser.findElement(By.xpath("//ol[@id='steps']/li[last()]"));
        assertThat(before(browser.findElement(By.id("rating")), deciding)).as("the rating before the deciding step").isTrue();
        assertThat(before(deciding, browser.findElement(By.id("inputs")))).as("the deciding step before the inputs").isTrue();

        assertThat(texts(By.cssSelector("#inputs thead th"))).containsExactly("Input", "Value", "Column in the file");
        List<String> inputs = texts(By.cssSelector("#inputs tbody th"));
        assertThat(inputs).hasSize(12).contains("12-hour waits for emergency admission", "four hours in A&E", "capacity and capability")
                .noneMatch(label -> label.contains("_"));
        assertThat(browser.findElement(By.xpath("//table[@id='inputs']//tr[th='12-hour waits for emergency admission']/td[1]")).getText())
                .isEqualTo("underachieved");
        assertThat(texts(By.cssSelector("#results dt"))).containsExactly("star rating", "key-target points", "key-target summary",
                "balanced-scorecard score");

        // the summing step names every key target it added up, folded with its rule and parameters
        WebElement summed = browser.findElement(By.xpath("//ol[@id='steps']/li[1]"));
        assertThat(summed.findElement(By.cssSelector("details.sources > summary")).getText()).isEqualTo("Rule, 9 inputs and 3 parameters");
        summed.findElement(By.cssSelector("details.sources > summary")).click();
        assertThat(summed.findElement(By.cssSelector(".used")).getText()).startsWith("Inputs used: ")
                .contains("12-hour waits for emergency admission underachieved", "four hours in A&E achieved")
                .doesNotContain("_");
        summed.findElement(By.cssSelector("details.sources > summary")).click();
        // each key target is summed in the deciding step itself, so there is no detail to fold
        assertThat(browser.findElements(By.id("detail-steps"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#steps details[open]"))).as("each step's rule and parameters folded").isEmpty();
        Accessibility.check(browser, "explanation-stars");

        browser.findElement(By.id("print-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation")));
        assertThat(browser.findElements(By.cssSelector("header.site"))).as("no navigation in the print view").isEmpty();
        assertThat(browser.findElements(By.cssSelector("details:not([open])"))).as("every step unfolded").isEmpty();
        assertThat(texts(By.cssSelector("#steps > li:first-child .params code"))).containsExactlyInAnyOrder(
                "key_target_summary.acute.pass", "key_target_points.achieved", "key_target_points.underachieved");
        Accessibility.check(browser, "explanation-print");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    @Test
    void anOversightFrameworkTrustsSegmentIsDecidedNearTheTopAndEachMetricStepGivesItsScore() throws Exception {
        browser.get(url("/runs/" + nofRun + "/ratings/" + indexOf(nofRun, HEREFORDSHIRE)));

        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Final segment: 3");
        assertThat(browser.findElement(By.id("period")).getText()).as("the quarter the rating is for").isEqualTo("Q1 2025/26");
        assertThat(texts(By.cssSelector("#published li"))).hasSize(10).startsWith("Final segment: Published 3, computed 3: they agree.")
                .contains("Finance and productivity domain score: Published 1.91, computed 1.92: they differ by 0.01.",
                        "Average metric score: Published 2.32, computed 2.32: they agree.");
        List<String> deciding = texts(By.cssSelector("#steps > li > .step-text"));
        assertThat(deciding).contains("Average 2.32 is at most the segment 2 cut-off 2.32 for Q1 2025/26 (and above the cut-off before it): segment 2",
                "Financial override (OF5004 = 1): segment 2 becomes max(2, 3)", "Final segment 3");
        assertThat(deciding.get(0)).startsWith("Average of 12 metric scores (suppressed and missing metrics left out): 27.82 / 12 = 2.32, rounded to 2 decimals");
        WebElement segment = browser.findElement(By.xpath("//ol[@id='steps']/li[p='Final segment 3']"));
        assertThat(before(segment, browser.findElement(By.id("detail-steps")))).isTrue();
        assertThat(segment.getLocation().getY()).as("the segment decision is near the top of the page").isLessThan(1600);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;"))
                .as("the page's height with the detail folded (the 61 steps unfolded made it about 13,700 px)").isLessThan(5000);

        assertThat(texts(By.cssSelector("#inputs tbody th"))).hasSize(28)
                .contains("Percentage of patients waiting over 52 weeks for community services (value)", "financial override (deficit or deficit support)");
        assertThat(browser.findElement(By.xpath("//table[@id='inputs']//tr[th='Percentage of patients waiting over 52 weeks for community services (value)']/td[1]"))
                .getText()).isEqualTo("9.03");
        assertThat(texts(By.cssSelector("#results dt"))).hasSize(14).startsWith("final segment")
                .contains("average metric score", "league-table rank", "finance and productivity domain score")
                .as("labels, not ids such as domain_score.patient_safety").allMatch(label -> label.contains(" "));

        WebElement ranked = browser.findElement(By.xpath("//section[@id='detail-steps']/details[summary/span"
                + "[.='A ranked metric scores from best to worst by competition rank among the trusts of its type and quarter']]"));
        ranked.findElement(By.tagName("summary")).click();
        assertThat(ranked.findElements(By.cssSelector("li .step-text"))).hasSize(8);
        assertThat(ranked.findElement(By.xpath(".//li/p[starts-with(., 'Percentage of patients waiting over 52 weeks')]")).getText()).startsWith(
                "Percentage of patients waiting over 52 weeks for community services (value) = 9.03: 32 of 41 trusts did better (sign -1), "
                        + "so the score is 1 + (4 - 1) x 32 / (41 - 1) = 3.4, rounded to 2 decimals");
        ranked.findElement(By.tagName("summary")).click();
        Accessibility.check(browser, "explanation-nof");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    /** The index of the organisation's rating in the run, as the API lists them. */
    private int indexOf(long run, String organisation) throws Exception {
        for (JsonNode rating : Client.json(Client.basic(port, AUDITOR).get("/api/runs/" + run + "/ratings"))) {
            if (rating.path("organisation").asString().equals(organisation)) {
                return rating.path("index").asInt();
            }
        }
        throw new AssertionError(organisation + " is not in run " + run);
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** Whether {@code a} comes before {@code b} in the document. */
    private boolean before(WebElement a, WebElement b) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;", a, b);
    }
}
