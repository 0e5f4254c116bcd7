package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.assessor.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The ratings table and the league table in a real Chromium, as an auditor uses them: searching a trust by part of
 * its name, sorting by a column, the names' column staying in view while the table scrolls sideways in its frame,
 * choosing one trust type and quarter of the Oversight Framework's league table, a segment's colour with its number,
 * and a trust's link to its explanation. Each page passes {@link Accessibility#check}. The expected numbers come from
 * the bundled data files ({@link TablesData}).
 */
class TablesBrowserTest extends BrowserSession {

    @BeforeEach
    void signInAsAnAuditor() throws Exception {
        TablesData.ensureQuarters(port);
        signIn(AUDITOR);
    }

    @Test
    void theRatingsTableFindsATrustByPartOfItsNameSortsAndKeepsTheNamesInView() throws Exception {
        browser.get(url("/runs/" + starsRun));
        List<String> headings = browser.findElements(By.cssSelector("#ratings thead th")).stream().map(TablesBrowserTest::heading).toList();
        assertThat(headings).as("labels from the methodology, not ids").startsWith("Organisation", "Sector", "Star rating")
                .contains("Key-target points", "Balanced-scorecard score").doesNotContain("rating", "key_target_points");

        browser.findElement(By.id("search")).sendKeys("aintree");
        browser.findElement(By.id("search")).submit();
        wait.until(ExpectedConditions.urlContains("search=aintree"));
        assertThat(names()).containsExactly("Aintree Hospitals NHS Trust");
        assertThat(browser.findElement(By.id("ratings-count")).getText()).startsWith("1 of 60 ratings");

        browser.get(url("/runs/" + starsRun));
        browser.findElement(By.linkText("Star rating")).click();
        wait.until(ExpectedConditions.urlContains("sort=rating"));
        assertThat(sortedHeading().getAttribute("aria-sort")).isEqualTo("ascending");
        sortedHeading().findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("sort=-rating"));
        WebElement sorted = sortedHeading();
        assertThat(sorted.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(sorted.findElement(By.cssSelector(".sort-indicator")).getText()).isEqualTo("▼");
        assertThat(browser.findElements(By.cssSelector("#ratings thead th[aria-sort]"))).hasSize(1);
        List<String> expected = TablesData.publishedSampleRatings(60).stream().sorted(Comparator.comparing(Integer::valueOf,
                Comparator.reverseOrder())).toList();
        assertThat(column(3)).as("the star ratings, highest first, as published").isEqualTo(expected);
        assertThat(column(2)).as("sectors read as the filter names them").contains("acute trusts", "primary care trusts")
                .doesNotContain("acute", "pct");

        WebElement name = browser.findElement(By.cssSelector("#ratings tbody th"));
        assertThat(name.getCssValue("position")).isEqualTo("sticky");
        browser.manage().window().setSize(new Dimension(Accessibility.PHONE_WIDTH, 844));
        assertThat(nameStaysInViewWhenScrolledSideways()).as("the name's left edge after scrolling the frame sideways").isTrue();
        assertThat(Accessibility.sidewaysScroll(browser)).isZero();
        browser.manage().window().setSize(new Dimension(1280, 800));
        assertThat(name.getSize().getHeight()).as("a name takes at most two lines")
                .isLessThanOrEqualTo(2 * lineHeight(name) + 12);
        scrollTo("ratings-heading");
        Accessibility.check(browser, "ratings-table");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    @Test
    void theOversightFrameworkRunShowsEachQuarterApartInItsChartsAndTable() {
        browser.get(url("/runs/" + TablesData.quartersRun));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return typeof Chart !== 'undefined' && Object.keys(Chart.instances).length > 0"));
        List<String> charts = browser.findElements(By.cssSelector("#charts canvas")).stream().map(c -> c.getAttribute("aria-label")).toList();
        assertThat(charts).hasSize(4);
        assertThat(charts.get(0)).startsWith("Mental health and community trusts, Q1 2025/26: " + TablesData.trusts("Q1 2025/26")
                + " trusts rated; ").contains(" with final segment 1").endsWith(".");
        assertThat(charts.get(3)).startsWith("All trusts, Q2 2025/26: " + TablesData.trusts("Q2 2025/26") + " trusts rated; ");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
        Accessibility.check(browser, "ratings-table-quarters");
    }

    @Test
    void theLeagueTableShowsOneTrustTypeAndQuarterWithSegmentsMovementAndExplanations() throws Exception {
        browser.get(url("/runs/" + TablesData.quartersRun));
        browser.findElement(By.linkText("League table")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("league")));
        assertThat(browser.findElement(By.id("league-heading")).getText()).as("the latest quarter first")
                .isEqualTo("Q2 2025/26 · Mental health and community trust");

        new Select(browser.findElement(By.cssSelector("select[name=Quarter]"))).selectByVisibleText("Q1 2025/26");
        browser.findElement(By.xpath("//button[text()='Show']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("league-heading"), "Q1 2025/26 · Mental health and community trust"));
        new Select(browser.findElement(By.cssSelector("select[name=Quarter]"))).selectByVisibleText("Q2 2025/26");
        browser.findElement(By.xpath("//button[text()='Show']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("league-heading"), "Q2 2025/26 · Mental health and community trust"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#league tbody tr"));
        assertThat(rows).hasSize(TablesData.trusts("Q2 2025/26"));
        List<String> headings = browser.findElements(By.cssSelector("#league thead th")).stream().map(TablesBrowserTest::heading).toList();
        assertThat(headings).startsWith("Trust name").contains("Average metric score", "Likely range of rank",
                "Access to services domain score", "Places moved up since the previous quarter (negative is down)")
                .doesNotContain("Quarter", "Trust type", "Average_score");

        WebElement first = rows.get(0);
        WebElement segment = first.findElement(By.cssSelector("span.segment"));
        assertThat(segment.getAttribute("class")).isEqualTo("segment segment-" + segment.getText());
        assertThat(segment.getText()).isEqualTo(cell(first, "Adjusted segment"));
        assertThat(segment.getCssValue("background-color")).isEqualTo("rgba(0, 103, 71, 1)");
        int previous = Integer.parseInt(cell(first, "League-table rank in the previous quarter"));
        int rank = Integer.parseInt(cell(first, "League-table rank"));
        String moved = previous == rank ? "no change" : (previous > rank ? "up " : "down ") + Math.abs(previous - rank);
        WebElement movement = cellElement(first, "Places moved up since the previous quarter (negative is down)");
        assertThat(movement.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent")).isEqualTo(moved);
        assertThat(first.findElement(By.cssSelector("th")).getCssValue("position")).isEqualTo("sticky");
        scrollTo("league-heading");
        Accessibility.check(browser, "league-table");

        String name = first.findElement(By.cssSelector("th a")).getText();
        first.findElement(By.cssSelector("th a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steps")));
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo(name);
        int index = Integer.parseInt(browser.getCurrentUrl().replaceFirst(".*/ratings/", ""));
        assertThat(TablesData.rating(port, TablesData.quartersRun, index)).as("the rating the link opens: the trust's, in Q2")
                .isEqualTo(name + " in q2_2025_26");
        assertThat(Chromium.cspViolations(browser)).isEmpty();
    }

    /** A column heading's text without its sort indicator, scrolled into view or not. */
    private static String heading(WebElement th) {
        return th.getAttribute("textContent").replace("▲", "").replace("▼", "").strip();
    }

    /** Brings the table into the screenshots. */
    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private WebElement sortedHeading() {
        return browser.findElement(By.xpath("//table[@id='ratings']//th[.//span[text()='Star rating']]"));
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#ratings tbody th")).stream().map(WebElement::getText).toList();
    }

    /** The texts of the ratings table's column at {@code position} (from 1, the name's column being 1). */
    private List<String> column(int position) {
        return browser.findElements(By.cssSelector("#ratings tbody tr > :nth-child(" + position + ")")).stream()
                .map(WebElement::getText).toList();
    }

    private String cell(WebElement row, String heading) {
        return cellElement(row, heading).getText().strip();
    }

    private WebElement cellElement(WebElement row, String heading) {
        List<String> headings = browser.findElements(By.cssSelector("#league thead th")).stream().map(TablesBrowserTest::heading).toList();
        int column = headings.indexOf(heading);
        assertThat(column).as("column %s among %s", heading, headings).isPositive();
        return row.findElements(By.xpath("./*")).get(column);
    }

    private boolean nameStaysInViewWhenScrolledSideways() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const frame = document.querySelector('.table-frame'); frame.scrollLeft = 400;"
                        + " const name = document.querySelector('#ratings tbody th');"
                        + " return frame.scrollLeft > 0 && Math.abs(name.getBoundingClientRect().left - frame.getBoundingClientRect().left) <= 2;");
    }

    private int lineHeight(WebElement element) {
        return (int) Math.round(Double.parseDouble(element.getCssValue("line-height").replace("px", "")));
    }
}
