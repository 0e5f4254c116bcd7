package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assessor.rules.HostileSamples.Sample;
import org.assessor.rules.HostileSamples;
import org.assessor.web.system.VersionHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A hostile rules file dropped into a served methodology's rules folder, as the methodology team's everyday
 * power allows: the server validates it in a child process within seconds, with no request, rejects it, keeps
 * serving the previous version, and none of it runs. One sample of each class and layer; every sample goes
 * through validate and rate in cli.HostileEndToEndTest, which share the child validation this uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "assessor.reload.debounce=200ms"})
@DirtiesContext
class HostileReloadTest {
    private static final String ID = TestHome.ID;

    @TempDir
    static Path folder;
    static TestHome home;
    static String original;

    @LocalServerPort
    int port;
    Api api;

    @BeforeAll
    static void copyTheMethodology() throws IOException {
        home = TestHome.copyInto(folder);
        original = home.version();
    }

    @DynamicPropertySource
    static void serveTheCopy(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", () -> folder.toString());
    }

    @BeforeEach
    void originalVersionServing() throws Exception {
        api = new Api(port);
        api.awaitServing(ID, original);
        HostileSamples.clearCanaries();
    }

    @AfterEach
    void noCanary() {
        assertThat(HostileSamples.canaryShown()).isFalse();
        HostileSamples.clearCanaries();
    }

    static Stream<String> samples() {
        return Stream.of("runtime-exec", "package-implicit-import", "rule-name-javadoc-injection", "accumulate-inline-code",
                "mvel-class-navigation", "self-retriggering-update", "insert-delete-ping-pong", "delete-parameter",
                "update-input", "string-doubling-across-firings");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aHostileRulesFileIsRejectedAndThePreviousVersionKeepsServing(String name) throws Exception {
        Sample sample = HostileSamples.read(name);
        Path dropped = home.rule("9-" + name + ".drl");
        Files.writeString(dropped, sample.textFor(ID));
        try {
            String edited = home.version();
            JsonNode failed = api.await(ID, "version " + edited + " rejected", state -> "FAILED".equals(state.path("status").asString())
                    && edited.equals(state.path("version").asString()));

            String errors = String.join("\n", failed.path("last_error").valueStream().map(JsonNode::asString).toList());
            if (sample.layer().equals("runtime")) {
                // stopped by the rating guard while the cases ran, not refused for another reason
                assertThat(errors).contains(sample.expectAt()).containsPattern("exceeded|may not change them|ran out of memory|at most \\d+ are allowed");
            } else {
                assertThat(errors).contains(dropped + ":" + sample.attackLine());
            }
            assertThat(failed.path("serving_version").asString()).isEqualTo(original);
            var rated = api.postCsv(ID, TestHome.publishedRows(1, 2, 3));
            assertThat(rated.statusCode()).isEqualTo(200);
            assertThat(rated.headers().firstValue(VersionHeader.NAME)).hasValue(original);
        } finally {
            Files.delete(dropped);
        }
        api.awaitServing(ID, original);
    }
}
