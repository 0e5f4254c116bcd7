package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.assessor.Projects;
import org.assessor.explanation.Numbers;
import org.assessor.methodology.Methodologies;
import org.assessor.rating.RatingService;
import org.assessor.web.system.VersionHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reloading while clients rate: every request is answered, and each answer is wholly the version its
 * header names. The edit raises the acute three-star level from 8 to 9, so acute trusts scoring 8 get
 * two stars instead of three: what each version gives the posted rows is worked out beforehand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "assessor.reload.debounce=200ms", "logging.level.org.assessor.server=INFO"})
@DirtiesContext
class ConcurrentReloadTest {
    private static final String ID = TestHome.ID;
    private static final String THREE_STAR_LEVEL = "acute: {value: 8, description: Three-star level for acute trusts.";
    private static final String RAISED_LEVEL = "acute: {value: 9, description: Three-star level for acute trusts.";
    private static final int CLIENTS = 4;
    private static final int MIN_REQUESTS = 40;
    private static final int MAX_REQUESTS = 2_000;

    @TempDir
    static Path folder;
    @TempDir
    static Path scratch;
    static TestHome home;
    static String csv;
    static String original;
    static String raised;
    /** Version → the rating of each posted row under it. */
    static Map<String, List<String>> expected;
    static final Set<String> versionsSeen = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    @BeforeAll
    static void workOutWhatEachVersionGives() throws IOException {
        home = TestHome.copyInto(folder);
        csv = TestHome.publishedRows(IntStream.rangeClosed(1, 30).toArray());
        Path input = Files.writeString(scratch.resolve("posted.csv"), csv);
        TestHome other = TestHome.copyInto(scratch.resolve("raised"));
        other.replace(other.config(), THREE_STAR_LEVEL, RAISED_LEVEL);
        original = home.version();
        raised = other.version();
        expected = Map.of(original, ratings(home.path(), input), raised, ratings(other.path(), input));
        assertThat(expected.get(original)).as("the edit changes some ratings").isNotEqualTo(expected.get(raised));
    }

    @DynamicPropertySource
    static void serveTheCopy(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", () -> folder.toString());
    }

    @Test
    void reloadingUnderLoadAnswersEveryRequestWithOneWholeVersion() throws Exception {
        Api api = new Api(port);
        api.awaitServing(ID, original);
        AtomicBoolean editsDone = new AtomicBoolean();
        CountDownLatch rating = new CountDownLatch(CLIENTS);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                counts.add(clients.submit(() -> rateUntil(api, editsDone, rating, answers)));
            }
            rating.await(60, TimeUnit.SECONDS);
            try (TestHome.Edit edit = home.replace(home.config(), THREE_STAR_LEVEL, RAISED_LEVEL)) {
                api.awaitServing(ID, raised);
            }
            api.awaitServing(ID, original);
            editsDone.set(true);
            for (Future<Integer> count : counts) {
                assertThat(count.get(120, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(MIN_REQUESTS);
            }
        } finally {
            clients.shutdownNow();
        }

        List<String> wrong = answers.stream().filter(answer -> !answer.isEmpty()).toList();
        assertThat(wrong).as("answers that were not 200 or mixed versions").isEmpty();
        assertThat(versionsSeen).containsExactlyInAnyOrder(original, raised);
    }

    /** Posts the CSV until the edits are done (at least {@link #MIN_REQUESTS} times); records what was wrong with each answer. */
    private static int rateUntil(Api api, AtomicBoolean editsDone, CountDownLatch rating, ConcurrentLinkedQueue<String> answers)
            throws IOException, InterruptedException {
        int sent = 0;
        while (sent < MAX_REQUESTS && (sent < MIN_REQUESTS || !editsDone.get())) {
            HttpResponse<String> response = api.postCsv(ID, csv);
            answers.add(check(response));
            sent++;
            rating.countDown();
        }
        return sent;
    }

    private static String check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return "status " + response.statusCode() + ": " + response.body();
        }
        String version = response.headers().firstValue(VersionHeader.NAME).orElse("none");
        versionsSeen.add(version);
        JsonNode body = Api.json(response);
        List<String> ratings = new ArrayList<>();
        body.path("ratings").forEach(row -> ratings.add(row.path("rating").asString()));
        if (!version.equals(body.path("version").asString()) || !ratings.equals(expected.get(version))) {
            return "version " + version + " (body " + body.path("version").asString() + ") gave " + ratings;
        }
        return "";
    }

    private static List<String> ratings(Path home, Path input) {
        return Projects.rate(new RatingService(new Methodologies(home)), ID, input).ratings().stream()
                .map(rating -> Numbers.text(rating.value())).collect(Collectors.toList());
    }
}
