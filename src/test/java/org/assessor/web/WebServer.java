package org.assessor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.AssessorApplication;
import org.assessor.Projects;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a free port over the project's own methodologies, signed in as the embedded users
 * of application.yaml, with the real run archive on an H2 file in a temporary folder. Subclasses share one
 * server; its archive holds the runs {@link #ensureRuns} makes.
 */
@SpringBootTest(classes = AssessorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.banner-mode=off")
abstract class WebServer {
    static final String STARS = "star-ratings-2003-04";
    static final String STARS_2004 = "star-ratings-2004-05";
    static final String NOF = "oversight-framework-2025-26";
    static final String AUDITOR = "auditor";
    static final String ANALYST = "analyst";
    static final String METHODOLOGY = "methodology";

    /** Runs made once per server: 2003/04 and 2004/05 ratings of the same trusts, and the NOF's first quarter. */
    static long starsRun;
    static long stars2004Run;
    static long nofRun;
    private static int madeFor;

    @LocalServerPort
    int port;

    /** The real archive, on an H2 file of this test run's own. */
    static final Path ARCHIVE = temporaryFolder();

    @DynamicPropertySource
    static void serveTheProject(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", Projects.HOME::toString);
        properties.add("assessor.archive.url", () -> "jdbc:h2:file:" + ARCHIVE.resolve("assessor") + ";DB_CLOSE_DELAY=-1");
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("assessor-web-archive-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String password(String user) {
        return user + "-pass";
    }

    /** {@code rows} trusts of the published 2003/04 file, every fourth one, so that every sector is in. */
    static String published(int rows) throws IOException {
        List<String> lines = Files.readAllLines(Projects.PUBLISHED_2003_04, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(lines.get(1 + 4 * i)).append('\n');
        }
        return csv.toString();
    }

    void ensureRuns() throws Exception {
        if (madeFor == port) {
            return;
        }
        Client analyst = Client.basic(port, ANALYST);
        starsRun = runOf(analyst.postCsv("/api/methodologies/" + STARS + "/ratings?name=sample-60.csv", published(60)));
        stars2004Run = runOf(analyst.postCsv("/api/methodologies/" + STARS_2004 + "/ratings?name=sample-60.csv", published(60)));
        String nof = Files.readString(Projects.HOME.resolve("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv"));
        nofRun = runOf(analyst.postCsv("/api/methodologies/" + NOF + "/ratings?period=Q1&name=nof.csv", nof));
        madeFor = port;
    }

    private static long runOf(java.net.http.HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rating failed: " + response.statusCode() + " " + response.body());
        }
        return Client.json(response).path("run").asLong();
    }
}
