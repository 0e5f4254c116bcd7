package org.assessor.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' common ground: the shared server with its runs, a fresh headless Chromium at 1280 × 800 for
 * each test (closed after it), signing in through the form, and the server's addresses.
 */
abstract class BrowserSession extends WebServer {
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openTheBrowser() throws Exception {
        ensureRuns();
        browser = Chromium.open(1280, 800);
        // long enough for a page that rates an archived run again (what-if, comparison) on a busy machine
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in with the form and waits for the page it lands on, the runs. */
    void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password(user));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("runs")));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
