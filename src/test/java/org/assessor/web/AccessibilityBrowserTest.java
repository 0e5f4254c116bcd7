package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages around the runs and explanations, each checked with {@link Accessibility} (WCAG 2.2 AA by
 * axe-core, no sideways scroll at 390 px) and screenshotted at both widths: sign-in, the runs list with its
 * upload form, a rating job, the methodologies, a methodology's page and its validation, a specification,
 * the refusal and not-found pages and the API's own page. The run, explanation, table, workbench and
 * analysis pages are checked by the browser tests that walk through them.
 */
class AccessibilityBrowserTest extends BrowserSession {

    @Test
    void anAnalystsPagesFromSignInToARatingJob() throws Exception {
        browser.get(url("/login"));
        Accessibility.check(browser, "sign-in");
        signIn(ANALYST);
        Accessibility.check(browser, "runs");

        new Select(browser.findElement(By.id("methodology"))).selectByValue(STARS);
        Path input = Files.createTempFile("accessibility-", ".csv");
        Files.writeString(input, published(20));
        browser.findElement(By.id("input")).sendKeys(input.toString());
        browser.findElement(By.cssSelector("form[action$='/runs'] button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-link")));
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Done: 20 rated");
        Accessibility.check(browser, "job");
        Files.delete(input);

        browser.get(url("/runs/99999999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("404");
        Accessibility.check(browser, "not-found");

        browser.get(url("/swagger-ui.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock-get")));
        Accessibility.check(browser, "api");
    }

    @Test
    void aMethodologyUsersPagesAndAnAuditorsRefusal() {
        signIn(METHODOLOGY);
        browser.get(url("/methodologies"));
        Accessibility.check(browser, "methodologies");
        browser.get(url("/methodologies/" + STARS));
        Accessibility.check(browser, "methodology-stars");
        browser.get(url("/methodologies/" + NOF));
        Accessibility.check(browser, "methodology-nof");
        browser.get(url("/docs/methodologies/" + STARS + ".md"));
        Accessibility.check(browser, "specification");

        browser.get(url("/methodologies/" + STARS));
        browser.findElement(By.xpath("//button[text()='Validate the files now']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("validation")));
        Accessibility.check(browser, "validation");

        browser.findElement(By.cssSelector(".who button")).click();
        signIn(AUDITOR);
        browser.get(url("/workbench"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        Accessibility.check(browser, "refused");
    }
}
