package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser tests' accessibility check of the page the browser shows: axe-core's WCAG 2.2 AA rules (from the
 * axe-core webjar, a test dependency) at desktop width and at 390 px, and no sideways page scroll at 390 px.
 * Every violation axe reports is kept in {@code target/accessibility/<page>-<width>.json}; a serious or
 * critical one fails the test. Screenshots at both widths go with {@link Chromium#screenshot}.
 */
final class Accessibility {
    static final int PHONE_WIDTH = 390;
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path RESULTS = Path.of("target/accessibility");
    private static final String AXE = axeSource();

    private Accessibility() {
    }

    /**
     * Checks the page at the browser's current size and at 390 × 844, screenshots {@code name} and
     * {@code name-phone}, and puts the window back as it was.
     */
    static void check(WebDriver browser, String name) {
        Dimension size = browser.manage().window().getSize();
        Chromium.screenshot(browser, name);
        assertNoSeriousViolations(browser, name + "-" + size.getWidth());
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        try {
            Chromium.screenshot(browser, name + "-phone");
            assertThat(sidewaysScroll(browser)).as("%s scrolls sideways at %d px (too wide: %s) by", name, PHONE_WIDTH,
                    tooWide(browser)).isZero();
            assertNoSeriousViolations(browser, name + "-" + PHONE_WIDTH);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /** How many pixels wider than the window the page is (0: no sideways scroll). */
    static long sidewaysScroll(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** The outermost elements that reach past the window's right edge: tag#id.class "text" → right edge in px. */
    @SuppressWarnings("unchecked")
    static List<String> tooWide(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const w = document.documentElement.clientWidth;
                const right = e => e.getBoundingClientRect().right;
                return [...document.querySelectorAll('body *')].filter(e => right(e) > w + 1 && right(e.parentElement) <= w + 1)
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' "' + (e.textContent || '').trim().slice(0, 30) + '" → ' + Math.round(right(e)));""");
    }

    /** axe's violations of WCAG 2.2 A and AA on the page, each as "rule (impact): help — targets". */
    static List<String> seriousViolations(WebDriver browser, String page) {
        JsonNode violations = run(browser);
        write(page, violations);
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(v.path("id").asString() + " (" + impact + "): " + v.path("help").asString() + " — " + v.path("targets"));
            }
        }
        return serious;
    }

    private static void assertNoSeriousViolations(WebDriver browser, String page) {
        assertThat(seriousViolations(browser, page)).as("axe-core WCAG 2.2 AA serious or critical violations on %s", page).isEmpty();
    }

    private static JsonNode run(WebDriver browser) {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(AXE + "\n;const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " helpUrl: v.helpUrl, count: v.nodes.length, targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))"
                + ".catch(e => done('axe failed: ' + e));", WCAG_22_AA);
        String json = String.valueOf(result);
        assertThat(json).as("axe-core ran").doesNotStartWith("axe failed");
        return JsonMapper.builder().build().readTree(json);
    }

    private static void write(String page, JsonNode violations) {
        try {
            Files.createDirectories(RESULTS);
            Files.writeString(RESULTS.resolve(page + ".json"), JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("page", page, "rules", WCAG_22_AA, "violations", violations)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        String resource = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        try (InputStream in = Accessibility.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core's webjar has no version: is it on the test class path?", e);
        }
    }
}
