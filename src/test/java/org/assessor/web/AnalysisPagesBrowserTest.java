package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assessor.Projects;
import org.assessor.whatif.Fragility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * An auditor, the role with the fewest rights, in a real headless Chromium reads the audit log, Aintree's history
 * across the runs, the what-if of the 2003/04 sample run, the trend and the comparison of the 2003/04 and 2004/05
 * runs of the same sample: every count checked exactly against the bundled data or the archive's API, every
 * page through {@link Accessibility}, the charts drawn with nothing blocked by the Content-Security-Policy.
 */
class AnalysisPagesBrowserTest extends BrowserSession {
    private static final String AINTREE = "Aintree Hospitals NHS Trust";

    Client api;

    @BeforeEach
    void signInAsAnAuditor() {
        api = Client.basic(port, AUDITOR);
        signIn(AUDITOR);
    }

    @Test
    void anAuditorReadsTheAuditLogNewestFirst() {
        browser.findElement(By.linkText("Audit log")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
        assertThat(browser.findElement(By.id("audit-count")).getText()).startsWith("Entries 1 to ");
        List<WebElement> newest = browser.findElements(By.cssSelector("#audit tbody tr")).get(0).findElements(By.tagName("td"));
        assertThat(newest.subList(1, 5)).extracting(WebElement::getText).as("the sign-in just made")
                .containsExactly(AUDITOR, "login", "", "ok");
        Accessibility.check(browser, "audit-log");

        new Select(browser.findElement(By.id("action"))).selectByValue("login");
        browser.findElement(By.id("user")).sendKeys("AUDITOR");
        browser.findElement(By.cssSelector("form[action$='/audit'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("action=login"));
        assertThat(browser.findElements(By.cssSelector("#audit tbody tr"))).allSatisfy(row ->
                assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("login"));
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    @Test
    void anAuditorFollowsATrustAcrossTheRuns() throws Exception {
        Map<Long, String> rated = ratingsOf(AINTREE);
        assertThat(rated).containsKeys(starsRun, stars2004Run);

        browser.findElement(By.linkText("Trusts")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        Accessibility.check(browser, "trust-search");
        browser.findElement(By.id("name")).sendKeys("aINTREE");
        browser.findElement(By.cssSelector("form[action$='/trusts'] button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        chartsDrawn();
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo(AINTREE);
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(rated.size());
        assertThat(browser.findElement(By.id("history-count")).getText())
                .isEqualTo("Rated " + rated.size() + " times in " + rated.size() + " archived runs.");
        String sentence = browser.findElement(By.id("history-sentence")).getText();
        assertThat(sentence).startsWith(AINTREE + " was rated ").endsWith(".")
                .contains(rated.get(starsRun) + " in run " + starsRun + " (" + STARS + ")")
                .contains(rated.get(stars2004Run) + " in run " + stars2004Run + " (" + STARS_2004 + ")");
        assertThat(browser.findElement(By.id("history-chart")).getAttribute("aria-label")).isEqualTo(sentence);
        assertThat(rated.get(starsRun)).as("the published 2003/04 rating").isEqualTo("3");
        assertThat(browser.findElement(By.id("history-chart")).getAttribute("data-chart"))
                .as("the axis is the scale the runs used, from the published ratings of the sample").contains("\"scale\":"
                        + publishedCounts().keySet().stream().map(r -> "\"" + r + "\"").toList().toString().replace(" ", ""));
        Accessibility.check(browser, "trust-history");

        browser.findElement(By.cssSelector("#history a[href='/runs/" + starsRun + "/ratings/0']")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation"))).getText()).isEqualTo(AINTREE);
        assertThat(browser.findElement(By.id("rating")).getText()).isEqualTo("3 stars");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    /**
     * The counts are those {@code bin/assessor whatif --methodology star-ratings-2003-04 --max-changes 0} prints for the
     * same 60 rows of the published file: "Fragile: 47 of 60 (34 could fall, 22 could rise); one-step moves rated: 809".
     */
    @Test
    void anAuditorSeesWhichRatingsOneStepWouldChange() {
        browser.get(url("/runs/" + starsRun));
        browser.findElement(By.linkText("What if: fragile ratings")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fragile")));
        chartsDrawn();
        assertThat(browser.findElement(By.id("whatif-counts")).getText())
                .isEqualTo("Fragile: 47 of 60 (34 could fall, 22 could rise); one-step moves rated: 809");
        assertThat(browser.findElement(By.id("definition")).getText()).isEqualTo(Fragility.DEFINITION);
        assertThat(browser.findElements(By.cssSelector("#fragile tbody tr"))).hasSize(47);
        List<WebElement> sectors = browser.findElements(By.cssSelector("#whatif-sectors tbody tr"));
        assertThat(sectors.stream().mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(0).getText())).sum()).isEqualTo(60);
        assertThat(sectors.stream().mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(1).getText())).sum()).isEqualTo(47);
        WebElement move = browser.findElement(By.cssSelector("#fragile tbody tr ul.moves li"));
        assertThat(move.getText()).matches(".+: .+ → .+ gives \\d \\((higher|lower)\\)");
        Accessibility.check(browser, "whatif");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    @Test
    void anAuditorComparesTheTwoYearsAndSeesWhyRatingsDiffer() throws Exception {
        JsonNode comparison = Client.json(api.get("/api/runs/" + starsRun + "/comparisons/" + stars2004Run));
        Expected expected = expectedDifference(comparison);

        browser.findElement(By.linkText("Compare")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a")));
        Accessibility.check(browser, "compare-pick");
        new Select(browser.findElement(By.id("a"))).selectByValue(Long.toString(starsRun));
        browser.findElement(By.cssSelector("form[action$='/compare'] button[type=submit]")).click();
        Select other = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("b"))));
        assertThat(other.getOptions()).extracting(o -> o.getAttribute("value")).contains(Long.toString(stars2004Run))
                .doesNotContain(Long.toString(nofRun));
        other.selectByValue(Long.toString(stars2004Run));
        browser.findElement(By.cssSelector("form[action$='/compare'] button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changed")));
        assertThat(browser.findElement(By.id("compare-counts")).getText()).isEqualTo(comparison.path("paired").asInt()
                + " trusts rated in both; " + comparison.path("changed").size() + " rated differently.");
        assertThat(browser.findElements(By.cssSelector("#changed tbody tr"))).hasSize(comparison.path("changed").size());
        WebElement row = browser.findElement(By.cssSelector("#changed tbody tr[data-organisation='" + expected.organisation() + "']"));
        assertThat(row.findElements(By.cssSelector("ul.differences li"))).extracting(WebElement::getText).contains(expected.line());
        assertThat(browser.findElement(By.id("methodology-summary")).getText()).isNotBlank().endsWith(".");
        browser.findElement(By.xpath("//summary[text()='The differences, line by line']")).click();
        assertThat(browser.findElement(By.id("methodology-diff")).getText()).contains("clinical_governance");
        Accessibility.check(browser, "compare");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    @Test
    void anAuditorFollowsTheTrendFromOneYearToTheNext() throws Exception {
        Map<String, String> before = ratings(starsRun);
        Map<String, String> after = ratings(stars2004Run);
        Map<String, Integer> published = publishedCounts();
        assertThat(count(before)).as("the 2003/04 run reproduces the published ratings").isEqualTo(published);

        browser.findElement(By.linkText("Trend")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-" + starsRun)));
        WebElement stars = browser.findElement(By.id("run-" + starsRun)).findElement(By.xpath("ancestor::fieldset"));
        assertThat(stars.findElement(By.tagName("legend")).getText()).isEqualTo("Runs rated on star rating (star)");
        assertThat(stars.findElements(By.id("run-" + stars2004Run))).as("the same scale").hasSize(1);
        assertThat(stars.findElements(By.id("run-" + nofRun))).as("another scale").isEmpty();
        Accessibility.check(browser, "trend-pick");
        browser.findElement(By.id("run-" + stars2004Run)).click();
        browser.findElement(By.id("run-" + starsRun)).click();
        browser.findElement(By.cssSelector("form[action$='/trend'] button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trend-counts")));
        chartsDrawn();
        Set<String> values = new java.util.TreeSet<>(published.keySet());
        values.addAll(count(after).keySet());
        String expected = "Run " + starsRun + " (" + STARS + "): " + counted(published, values) + "; Run " + stars2004Run + " ("
                + STARS_2004 + "): " + counted(count(after), values) + ".";
        assertThat(browser.findElement(By.id("trend-chart")).getAttribute("aria-label")).isEqualTo(expected);
        int higher = 0;
        int lower = 0;
        for (var trust : before.entrySet()) {
            int difference = Integer.compare(Integer.parseInt(after.get(trust.getKey())), Integer.parseInt(trust.getValue()));
            higher += difference > 0 ? 1 : 0;
            lower += difference < 0 ? 1 : 0;
        }
        assertThat(browser.findElement(By.cssSelector("p.movement")).getText()).isEqualTo(
                "60 trusts rated in both: " + higher + " higher, " + lower + " lower, " + (60 - higher - lower) + " the same.");
        assertThat(browser.findElements(By.cssSelector("table.moved tbody tr"))).hasSize(higher + lower);
        Accessibility.check(browser, "trend");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    /** A changed trust and one step of its 2003/04 explanation whose rule never fired in its 2004/05 one. */
    private Expected expectedDifference(JsonNode comparison) throws Exception {
        for (JsonNode changed : comparison.path("changed")) {
            JsonNode a = Client.json(api.get("/api/runs/" + starsRun + "/ratings/" + changed.path("indexA").asInt()));
            JsonNode b = Client.json(api.get("/api/runs/" + stars2004Run + "/ratings/" + changed.path("indexB").asInt()));
            Set<String> rulesB = new HashSet<>();
            b.path("steps").forEach(step -> rulesB.add(step.path("rule").asString()));
            for (JsonNode step : a.path("steps")) {
                if (!rulesB.contains(step.path("rule").asString())) {
                    return new Expected(changed.path("organisation").asString(), "Only under A: " + step.path("text").asString()
                            + " (rule: " + step.path("rule").asString() + ")");
                }
            }
        }
        throw new AssertionError("no changed trust has a step that fired only under 2003/04");
    }

    record Expected(String organisation, String line) {
    }

    /** Per run that rated the organisation, its rating (the runs' ratings through the API). */
    private Map<Long, String> ratingsOf(String organisation) throws Exception {
        Map<Long, String> rated = new TreeMap<>();
        for (JsonNode run : Client.json(api.get("/api/runs"))) {
            for (JsonNode rating : Client.json(api.get("/api/runs/" + run.path("id").asLong() + "/ratings"))) {
                if (rating.path("organisation").asString().equals(organisation)) {
                    rated.put(run.path("id").asLong(), rating.path("rating").asString());
                }
            }
        }
        return rated;
    }

    private Map<String, String> ratings(long run) throws Exception {
        Map<String, String> ratings = new HashMap<>();
        for (JsonNode rating : Client.json(api.get("/api/runs/" + run + "/ratings"))) {
            ratings.put(rating.path("organisation").asString() + "\u0000" + rating.path("sector").asString(), rating.path("rating").asString());
        }
        return ratings;
    }

    /** The published star ratings of the 60 rows the sample run rated, counted per rating. */
    private static Map<String, Integer> publishedCounts() throws IOException {
        List<String> sample = published(60).lines().toList();
        Map<String, Integer> counts = new TreeMap<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(new java.io.StringReader(String.join("\n", sample)))) {
            counts.merge(row.get("expected_rating"), 1, Integer::sum);
        }
        assertThat(Files.readString(Projects.PUBLISHED_2003_04, StandardCharsets.UTF_8)).contains(sample.get(1));
        return counts;
    }

    private static Map<String, Integer> count(Map<String, String> ratings) {
        Map<String, Integer> counts = new TreeMap<>();
        ratings.values().forEach(r -> counts.merge(r, 1, Integer::sum));
        return counts;
    }

    private static String counted(Map<String, Integer> counts, Set<String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(counts.getOrDefault(v, 0) + " rated " + v));
        return String.join(", ", parts);
    }

    private void chartsDrawn() {
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && Object.keys(Chart.instances).length > 0"));
    }
}
