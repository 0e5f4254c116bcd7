package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in throttling on the real server with application.yaml's settings: after 5 failures for a user name
 * or 20 from a client address, attempts are refused unchecked (429 with Retry-After, or back to the sign-in
 * page) for 1 s, then 2 s after one more failure; a success clears the user name's count but not the
 * address's; every throttled attempt is audited. Each test signs in from a loopback address of its own
 * (127.0.0.x; Linux routes all of 127.0.0.0/8 to loopback) as user names of its own, so the tests sharing
 * this server, all from 127.0.0.1, are never throttled.
 */
class ThrottledSignInTest extends WebServer {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(2, 100));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String address = "127.0.0." + NEXT_ADDRESS.getAndIncrement();

    @BeforeEach
    void aLoopbackAddressOfItsOwn() {
        assumeThat(canBind(address)).as("a loopback address other than 127.0.0.1: " + address).isTrue();
    }

    @Test
    void aUserNameWithFiveFailuresIsRefusedWithoutItsPasswordBeingCheckedUntilItsWaitIsOver() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic(METHODOLOGY, "wrong").status()).isEqualTo(401);
        }

        Answer refused = basic(METHODOLOGY, password(METHODOLOGY));

        assertThat(refused.status()).as("the right password, unheard").isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValue("1");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("title").asString()).isEqualTo("Too many failed sign-ins");
        assertThat(problem.path("detail").asString()).isEqualTo("sign-in is paused after too many failed sign-ins for this "
                + "user name: try again in 1 s; the password was not checked");
        Thread.sleep(1100);
        assertThat(basic(METHODOLOGY, password(METHODOLOGY)).status()).isEqualTo(200);
        assertThat(basic(METHODOLOGY, "wrong").status()).as("the success cleared the count").isEqualTo(401);
        assertThat(basic(METHODOLOGY, password(METHODOLOGY)).status()).isEqualTo(200);
    }

    @Test
    void theWaitDoublesWithAFurtherFailureAndEveryThrottledAttemptIsAudited() throws Exception {
        String user = unique("Growth");
        for (int i = 0; i < 5; i++) {
            assertThat(basic(user, "wrong").status()).isEqualTo(401);
        }
        Answer first = basic(user.toUpperCase(Locale.ROOT), "wrong");
        Thread.sleep(1100);
        assertThat(basic(user, "wrong").status()).isEqualTo(401);
        Answer second = basic(user, "wrong");

        assertThat(first.status()).as("user names count case-blind").isEqualTo(429);
        assertThat(first.header("Retry-After")).hasValue("1");
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("Retry-After")).hasValue("2");
        List<String> audited = new ArrayList<>();
        Client.json(Client.basic(port, AUDITOR).get("/api/audit?limit=200")).forEach(entry -> {
            if (entry.path("user").asString().equalsIgnoreCase(user)) {
                audited.add(entry.path("action").asString() + " " + entry.path("outcome").asString());
            }
        });
        String failed = "login refused: Bad credentials";
        assertThat(audited).containsExactly(
                "login throttled: too many failed sign-ins for this user name (" + address + "); retry after 2 s", failed,
                "login throttled: too many failed sign-ins for this user name (" + address + "); retry after 1 s",
                failed, failed, failed, failed, failed);
    }

    @Test
    void aThrottledFormSignInReturnsToTheSignInPageWhichSaysHowLongToWait() throws Exception {
        String user = unique("form");
        for (int i = 0; i < 5; i++) {
            assertThat(form(user, "wrong").header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        Answer refused = form(user, "wrong");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled=1"));
        Client browser = Client.anonymous(port);
        assertThat(browser.get("/login?throttled=1").body()).contains("<p id=\"throttled\" class=\"error\" role=\"alert\">"
                + "Too many failed sign-ins for this user name or from this computer: sign-in is paused. Try again in 1 second.</p>");
        assertThat(browser.get("/login?throttled=12").body()).contains("Try again in 12 seconds.");
        assertThat(browser.get("/login?throttled=soon").body()).doesNotContain("id=\"throttled\"");
    }

    @Test
    void manyUserNamesFailingFromOneAddressPauseThatAddressAloneAndASuccessDoesNotClearIt() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(basic(unique("address"), "wrong").status()).isEqualTo(401);
        }

        Answer refused = basic(unique("address"), "wrong");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).contains("too many failed sign-ins from this address");
        assertThat(Client.basic(port, AUDITOR).get("/api/runs").statusCode()).as("127.0.0.1 is not paused").isEqualTo(200);
        Thread.sleep(1100);
        assertThat(basic(AUDITOR, password(AUDITOR)).status()).isEqualTo(200);
        assertThat(basic(unique("address"), "wrong").status()).isEqualTo(401);
        Answer again = basic(unique("address"), "wrong");
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.header("Retry-After")).as("22 failures: the success did not clear them").hasValue("2");
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

    /** {@code GET /api/runs} with HTTP Basic credentials. */
    private Answer basic(String user, String password) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send("GET /api/runs HTTP/1.0\r\nAuthorization: Basic " + credentials + "\r\n\r\n");
    }

    /** The sign-in form posted as a browser does, with the CSRF cookie and token of a freshly fetched sign-in page. */
    private Answer form(String user, String password) throws IOException {
        Answer page = send("GET /login HTTP/1.0\r\n\r\n");
        String cookie = page.head().lines().filter(line -> line.startsWith("Set-Cookie: XSRF-TOKEN="))
                .map(line -> line.substring("Set-Cookie: ".length()).split(";")[0]).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return send("POST /login HTTP/1.0\r\nCookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
    }

    /**
     * One HTTP/1.0 request (so the answer is neither chunked nor kept alive) over a connection from this
     * test's address: Java 17's HttpClient cannot choose the address it connects from.
     */
    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            String[] firstLine = request.split("\r\n", 2);
            socket.getOutputStream().write((firstLine[0] + "\r\nHost: 127.0.0.1:" + port + "\r\n" + firstLine[1])
                    .getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, end + 2), answer.substring(end + 4));
        }
    }

    /** The status, the status line and headers (each line ending in CRLF), and the body. */
    private record Answer(int status, String head, String body) {
        Optional<String> header(String name) {
            return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst();
        }
    }
}
