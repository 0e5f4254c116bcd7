package org.assessor.server;

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
}
