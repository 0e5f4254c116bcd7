package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in throttling on the real server with application.yaml's settings: after 5 failures for a user name
 * or 20 from a client address, attempts are refused unchecked (429 with Retry-After, or back to the sign-in
 * page) for 1 s, then 2 s after one more failure; a success clears the user name's count but not the
 * address's; every throttled attempt is audited. Each test signs in as user names of its own and the
 * address test from a loopback address of its own (127.0.0.x), so the tests sharing this server, all from
 * 127.0.0.1, are never throttled.
 */
class ThrottledSignInTest extends WebServer {
    private static final String THROTTLED = "Too many failed sign-ins";

    @Test
    void aUserNameWithFiveFailuresIsRefusedWithoutItsPasswordBeingCheckedUntilItsWaitIsOver() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(Client.basic(port, METHODOLOGY, "wrong").get("/api/runs").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = Client.basic(port, METHODOLOGY).get("/api/runs");

        assertThat(refused.statusCode()).as("the right password, unheard").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = Client.json(refused);
        assertThat(problem.path("title").asString()).isEqualTo(THROTTLED);
        assertThat(problem.path("detail").asString()).isEqualTo("sign-in is paused after too many failed sign-ins for this "
                + "user name: try again in 1 s; the password was not checked");
        Thread.sleep(1100);
        assertThat(Client.basic(port, METHODOLOGY).get("/api/runs").statusCode()).isEqualTo(200);
        assertThat(Client.basic(port, METHODOLOGY, "wrong").get("/api/runs").statusCode()).as("the success cleared the count").isEqualTo(401);
        assertThat(Client.basic(port, METHODOLOGY).get("/api/runs").statusCode()).isEqualTo(200);
    }

    @Test
    void theWaitDoublesWithAFurtherFailureAndEveryThrottledAttemptIsAudited() throws Exception {
        String user = unique("Growth");
        Client guesser = Client.basic(port, user, "wrong");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/runs").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> first = Client.basic(port, user.toUpperCase(java.util.Locale.ROOT), "wrong").get("/api/runs");
        Thread.sleep(1100);
        assertThat(guesser.get("/api/runs").statusCode()).isEqualTo(401);
        HttpResponse<String> second = guesser.get("/api/runs");

        assertThat(first.statusCode()).as("user names count case-blind").isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("2");
        List<String> audited = new ArrayList<>();
        Client.json(Client.basic(port, AUDITOR).get("/api/audit?limit=200")).forEach(entry -> {
            if (entry.path("user").asString().equalsIgnoreCase(user)) {
                audited.add(entry.path("action").asString() + " " + entry.path("outcome").asString());
            }
        });
        String failed = "login refused: Bad credentials";
        assertThat(audited).containsExactly(
                "login throttled: too many failed sign-ins for this user name (127.0.0.1); retry after 2 s", failed,
                "login throttled: too many failed sign-ins for this user name (127.0.0.1); retry after 1 s",
                failed, failed, failed, failed, failed);
    }

    @Test
    void aThrottledFormSignInReturnsToTheSignInPageWhichSaysHowLongToWait() throws Exception {
        String user = unique("form");
        Client browser = Client.anonymous(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(user, "wrong").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> refused = browser.signIn(user, "wrong");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled=1"));
        assertThat(browser.get("/login?throttled=1").body()).contains("<p id=\"throttled\" class=\"error\" role=\"alert\">"
                + "Too many failed sign-ins for this user name or from this computer: sign-in is paused. Try again in 1 second.</p>");
        assertThat(browser.get("/login?throttled=12").body()).contains("Try again in 12 seconds.");
        assertThat(browser.get("/login?throttled=soon").body()).doesNotContain("id=\"throttled\"");
    }

    @Test
    void manyUserNamesFailingFromOneAddressPauseThatAddressAloneAndASuccessDoesNotClearIt() throws Exception {
        String address = "127.0.0." + ThreadLocalRandom.current().nextInt(2, 255);
        assumeThat(canBind(address)).as("a second loopback address (Linux has all of 127.0.0.0/8)").isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(from(address, unique("address"), "wrong").status()).isEqualTo(401);
        }

        Answer refused = from(address, unique("address"), "wrong");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.head()).contains("\r\nRetry-After: 1\r\n");
        assertThat(refused.body()).contains("too many failed sign-ins from this address");
        assertThat(Client.basic(port, AUDITOR).get("/api/runs").statusCode()).as("127.0.0.1 is not paused").isEqualTo(200);
        Thread.sleep(1100);
        assertThat(from(address, AUDITOR, password(AUDITOR)).status()).isEqualTo(200);
        assertThat(from(address, unique("address"), "wrong").status()).isEqualTo(401);
        Answer again = from(address, unique("address"), "wrong");
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.head()).as("22 failures: the success did not clear them").contains("\r\nRetry-After: 2\r\n");
    }

    private static String unique(String name) {
        return "throttle-" + name + "-" + Long.toHexString(System.nanoTime());
    }

    private static boolean canBind(String address) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** GET /api/runs with Basic credentials over a connection from {@code address}, in plain HTTP/1.1. */
    private Answer from(String address, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET /api/runs HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, end + 2), answer.substring(end + 4));
        }
    }

    /** The status, the status line and headers (each line ending in CRLF), and the body as sent. */
    private record Answer(int status, String head, String body) {
    }
}
