package org.assessor.serving;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's REST API as a client sees it, on 127.0.0.1 only, signed in (HTTP Basic) as the embedded analyst. */
public final class Api {
    public static final Duration RELOAD_WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANALYST = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("analyst:analyst-pass".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(int port) {
        this.base = URI.create("http://127.0.0.1:" + port + "/api/methodologies");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> postCsv(String id, String csv) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/ratings"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    public JsonNode methodology(String id) throws IOException, InterruptedException {
        return json(get("/" + id));
    }

    /** Waits until the methodology's state meets {@code condition}, for at most {@link #RELOAD_WAIT}; returns that state. */
    public JsonNode await(String id, String what, Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            return Awaitility.await(what).atMost(RELOAD_WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        last.set(methodology(id));
                        return last.get();
                    }, condition);
        } catch (ConditionTimeoutException e) {
            return fail("waited %s for %s; last state: %s", RELOAD_WAIT, what, last.get());
        }
    }

    public JsonNode awaitServing(String id, String version) {
        return await(id, "version " + version + " serving",
                state -> "SERVING".equals(state.path("status").asString()) && version.equals(state.path("serving_version").asString()));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", ANALYST).build(), HttpResponse.BodyHandlers.ofString());
    }
}
