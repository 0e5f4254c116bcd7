package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.assessor.web.system.VersionHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Editing a served methodology's files: a valid edit is served once the files are quiet; an edit that does
 * not compile or fails one of the methodology's cases leaves the previous version serving. Each test puts
 * the files back and waits for the original version to serve again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "assessor.reload.debounce=200ms", "logging.level.org.assessor.server=INFO"})
@DirtiesContext
class HotReloadTest {
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
        originalServing();
    }

    @Test
    void aValidEditIsServedOnceTheFilesAreQuiet() throws Exception {
        JsonNode before = api.methodology(ID);
        try (TestHome.Edit edit = home.replace(home.config(), "A pass below the three-star level gives two stars.",
                "A pass below the three-star level gives two stars (reworded).")) {
            String edited = home.version();
            assertThat(edited).isNotEqualTo(original);

            JsonNode after = api.awaitServing(ID, edited);

            assertThat(after.path("version").asString()).isEqualTo(edited);
            assertThat(after.path("last_error").isEmpty()).isTrue();
            assertThat(after.path("last_reload_ms").asLong()).isPositive();
            assertThat(after.path("loaded_at").asString()).isNotEqualTo(before.path("loaded_at").asString());
            assertThat(rate().headers().firstValue(VersionHeader.NAME)).hasValue(edited);
        }
        originalServing();
    }

    @Test
    void aRuleThatDoesNotParseKeepsThePreviousVersionServingAndShowsTheError() throws Exception {
        try (TestHome.Edit edit = home.append(home.rule("3-star-rating.drl"), "\nrule \"Unfinished, with no end\"\nwhen\nthen\n")) {
            JsonNode failed = awaitFailed(home.version());

            assertThat(failed.path("serving_version").asString()).isEqualTo(original);
            assertThat(failed.path("last_error").isEmpty()).isFalse();
            HttpResponse<String> rated = rate();
            assertThat(rated.statusCode()).isEqualTo(200);
            assertThat(rated.headers().firstValue(VersionHeader.NAME)).hasValue(original);
        }
        originalServing();
    }

    @Test
    void anEditThatFailsAMethodologyCaseKeepsThePreviousVersionServingAndShowsTheFailure() throws Exception {
        try (TestHome.Edit edit = home.replace(home.config(), "higher_stars: {value: 3,", "higher_stars: {value: 4,")) {
            JsonNode failed = awaitFailed(home.version());

            assertThat(failed.path("serving_version").asString()).isEqualTo(original);
            assertThat(failed.path("last_error").toString()).contains("gets three stars", "expected rating 3, got 4");
            JsonNode listed = Api.json(api.get("")).get(0);
            assertThat(listed.path("status").asString()).isEqualTo("FAILED");
            assertThat(rate().headers().firstValue(VersionHeader.NAME)).hasValue(original);
        }
        originalServing();
    }

    /** Back on the original files, with no rebuild left running when the test ends. */
    private void originalServing() throws Exception {
        api.awaitServing(ID, original);
    }

    private JsonNode awaitFailed(String version) throws Exception {
        return api.await(ID, "version " + version + " rejected", state -> "FAILED".equals(state.path("status").asString())
                && version.equals(state.path("version").asString()));
    }

    private HttpResponse<String> rate() throws Exception {
        return api.postCsv(ID, TestHome.publishedRows(1, 2, 3));
    }
}
