package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A methodology that {@code extends} another is rebuilt when the one it extends changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "assessor.reload.debounce=200ms", "logging.level.org.assessor.server=INFO"})
@DirtiesContext
class ExtendedMethodologyReloadTest {
    @TempDir
    static Path folder;
    static TestHome home;

    @LocalServerPort
    int port;

    @BeforeAll
    static void copyTheMethodologyAndItsExtension() throws IOException {
        home = TestHome.copyInto(folder).withExtension();
    }

    @DynamicPropertySource
    static void serveTheCopy(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", () -> folder.toString());
    }

    @Test
    void anEditToAMethodologyAlsoReloadsTheMethodologiesThatExtendIt() throws Exception {
        Api api = new Api(port);
        String original = home.version(TestHome.EXTENSION);
        api.awaitServing(TestHome.EXTENSION, original);

        try (TestHome.Edit edit = home.replace(home.config(), "A moderate fail gives one star.", "A moderate fail gives one star (reworded).")) {
            String edited = home.version(TestHome.EXTENSION);
            assertThat(edited).isNotEqualTo(original);

            api.awaitServing(TestHome.EXTENSION, edited);
        }
        api.awaitServing(TestHome.EXTENSION, original);
    }

    @Test
    void aParentEditTheParentRejectsIsNeverServedThroughAMethodologyThatExtendsIt() throws Exception {
        Api api = new Api(port);
        String parent = home.version(TestHome.ID);
        String child = home.version(TestHome.EXTENSION);
        api.awaitServing(TestHome.EXTENSION, child);

        // the parent's clinical-governance cases fail; the child has no clinical governance, so its cases pass
        try (TestHome.Edit edit = home.replace(home.config(), "significant_weaknesses_stars: {value: 0,",
                "significant_weaknesses_stars: {value: 1,")) {
            String editedParent = home.version(TestHome.ID);
            String editedChild = home.version(TestHome.EXTENSION);
            api.await(TestHome.ID, "the parent's edit rejected", state -> "FAILED".equals(state.path("status").asString())
                    && editedParent.equals(state.path("version").asString()));
            JsonNode extension = api.await(TestHome.EXTENSION, "the child's rebuild on the edited parent rejected",
                    state -> "FAILED".equals(state.path("status").asString()) && editedChild.equals(state.path("version").asString()));

            assertThat(extension.path("serving_version").asString()).isEqualTo(child);
            assertThat(extension.path("last_error").get(0).asString()).endsWith("extends " + TestHome.ID
                    + ", whose files on disk (version " + editedParent.substring(0, 12) + ") are not serving (it still serves "
                    + parent.substring(0, 12) + "): fix or reload " + TestHome.ID + " first");
        }
        api.awaitServing(TestHome.ID, parent);
        api.awaitServing(TestHome.EXTENSION, child);
    }
}
