package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.assessor.archive.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One comparison at a time, over HTTP: while one runs, another is answered 503 with Retry-After, as a problem
 * detail to the API and as the error page to a browser, and the header survives both error paths. The first (of
 * two runs the archive does not have, so it fails and records that) is held inside the comparison by its audit
 * entry, which waits on the test; the refused ones ask for two runs it has.
 */
class BusyComparisonTest extends WebServer {
    private static final String HELD = "run 999998 with run 999999";

    @MockitoSpyBean
    AuditLog audit;

    @Test
    void aComparisonAskedForWhileAnotherRunsIsRefusedWithRetryAfterOnTheApiAndThePage() throws Exception {
        ensureRuns();
        String pair = starsRun + "/comparisons/" + stars2004Run;
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            entered.countDown();
            release.await(30, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).when(audit).record(eq(AUDITOR), eq("compare"), eq(HELD), anyString());
        Client api = Client.basic(port, AUDITOR);
        Client browser = Client.session(port, AUDITOR);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return api.get("/api/runs/999998/comparisons/999999");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the first comparison reached its audit entry").isTrue();
        HttpResponse<String> refused;
        HttpResponse<String> page;
        try {
            refused = api.get("/api/runs/" + pair);
            page = browser.page("/compare?a=" + starsRun + "&b=" + stars2004Run);
        } finally {
            release.countDown();
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Client.json(refused).path("detail").asString()).isEqualTo("another comparison of two runs is running; "
                + "each reads both runs whole, so one runs at a time: try again in a few seconds");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.body()).contains("another comparison of two runs is running");
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).as("the held one, of unknown runs").isEqualTo(404);
    }
}
