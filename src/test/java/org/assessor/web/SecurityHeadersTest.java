package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The headers and cookies a browser gets: a Content-Security-Policy that runs only the service's own
 * scripts and styles (a looser one for Swagger UI's styles and images), Referrer-Policy same-origin,
 * Spring Security's defaults kept, SameSite=Lax session and CSRF cookies, and pages with nothing inline
 * for the policy to block. BrowserTest shows the pages work under it in Chromium.
 */
class SecurityHeadersTest extends WebServer {
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** A script element without src, a style element or attribute, or an event-handler attribute. */
    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=",
            Pattern.CASE_INSENSITIVE);

    @BeforeEach
    void runs() throws Exception {
        ensureRuns();
    }

    @Test
    void pagesTheApiAndTheSignInPageCarryTheStrictPolicyAndTheDefaultHeaders() throws Exception {
        Client auditor = Client.session(port, AUDITOR);
        for (HttpResponse<String> response : List.of(auditor.get("/runs"), auditor.get("/runs/" + starsRun),
                Client.anonymous(port).get("/login"), Client.basic(port, AUDITOR).get("/api/runs"),
                Client.anonymous(port).get("/api/runs"), auditor.get("/css/assessor.css"))) {
            String what = response.request().uri().getPath() + " " + response.statusCode();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValue(PAGES_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(response.headers().firstValue("Cache-Control")).as(what).hasValue("no-cache, no-store, max-age=0, must-revalidate");
        }
    }

    @Test
    void swaggerUiAloneMayUseInlineStylesAndDataImages() throws Exception {
        Client auditor = Client.basic(port, AUDITOR);

        HttpResponse<String> page = auditor.get("/swagger-ui/index.html");
        HttpResponse<String> redirect = auditor.get("/swagger-ui.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SWAGGER_UI_POLICY);
        assertThat(redirect.headers().firstValue("Content-Security-Policy")).hasValue(SWAGGER_UI_POLICY);
        assertThat(auditor.get("/v3/api-docs").headers().firstValue("Content-Security-Policy")).hasValue(PAGES_POLICY);
        assertThat(page.body()).doesNotContainPattern(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>"));
    }

    @Test
    void noPageHasAnInlineScriptStyleOrEventHandler() throws Exception {
        Client analyst = Client.session(port, ANALYST);
        assertThat(Client.session(port, AUDITOR).page("/workbench").body()).as("the 403 page").doesNotContainPattern(INLINE);
        for (String path : List.of("/runs", "/runs/" + starsRun, "/runs/" + starsRun + "/ratings/0", "/runs/" + starsRun + "/ratings/0/print", "/methodologies",
                "/methodologies/" + STARS, "/compare?a=" + starsRun + "&b=" + stars2004Run, "/runs/" + nofRun + "/tables/league-table.csv",
                "/runs/987654321")) {
            HttpResponse<String> page = analyst.page(path);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).as(path).doesNotContainPattern(INLINE);
        }
        assertThat(Client.anonymous(port).get("/login?throttled=3").body()).doesNotContainPattern(INLINE);
    }

    @Test
    void theSessionAndCsrfCookiesAreSameSiteLax() throws Exception {
        Client browser = Client.anonymous(port);

        HttpResponse<String> signInPage = browser.get("/login");
        HttpResponse<String> signedIn = browser.signIn(AUDITOR, password(AUDITOR));

        assertThat(signInPage.headers().allValues("Set-Cookie")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("XSRF-TOKEN=[0-9a-f-]{36}; Path=/; SameSite=Lax");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).matches("JSESSIONID=[0-9A-F]+; Path=/; HttpOnly; SameSite=Lax"));
    }
}
