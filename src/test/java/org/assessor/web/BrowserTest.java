package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An auditor in a real headless Chromium: signs in, opens a run, opens a trust, reads its explanation, and
 * is refused a write; and opens Swagger UI. The console reports nothing blocked by the
 * Content-Security-Policy, which does block an inline script put into a page. Screenshots of each page, at 1280×800 and at phone width, go to target/screenshots.
 * Needs Chromium ({@link Chromium}).
 */
class BrowserTest extends BrowserSession {

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
        assertThat(browser.findElement(By.id("rating")).getText()).isEqualTo("3 stars");
        assertThat(steps.getText()).contains("The key targets add up to 1 point, which is a pass for acute trusts (0–1 points)");
        // the step's rule and parameters are folded under it: the key targets' points, with their sources
        steps.findElement(By.xpath(".//details[.//a[contains(@href, '#param-key_target_points.underachieved')]]/summary")).click();
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

        // the reload form the methodology team sees, posted with the session's CSRF token (the sign-out form's)
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const f = document.createElement('form'); f.method = 'post'; f.action = '/methodologies/" + STARS + "/reload';"
                        + " const t = document.querySelector('input[name=_csrf]').cloneNode(); f.appendChild(t);"
                        + " document.body.appendChild(f); f.submit();");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not allowed"));
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("auditor", "POST /methodologies/" + STARS + "/reload");
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

    private List<String> cspViolations() {
        return Chromium.cspViolations(browser);
    }

    /** Adds an inline script to the page, as an injection would, and tells whether it ran. */
    private boolean inlineScriptRuns() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.injected = true';"
                        + " document.body.appendChild(s); return window.injected === true;");
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }
}
