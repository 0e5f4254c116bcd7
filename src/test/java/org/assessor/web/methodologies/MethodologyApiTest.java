package org.assessor.web.methodologies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assessor.serving.Api;
import org.assessor.serving.Rater;
import org.assessor.serving.TestHome;
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

/** The REST surface over a copy of the 2003/04 methodology that nothing edits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.banner-mode=off")
@DirtiesContext
class MethodologyApiTest {
    private static final String ID = TestHome.ID;
    private static final String BROKEN = "broken-from-the-start";

    @TempDir
    static Path folder;
    static TestHome home;

    @LocalServerPort
    int port;
    Api api;

    @BeforeAll
    static void copyTheMethodology() throws IOException {
        home = TestHome.copyInto(folder).withBroken(BROKEN);
    }

    @DynamicPropertySource
    static void serveTheCopy(DynamicPropertyRegistry properties) {
        properties.add("assessor.home", () -> folder.toString());
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void theListShowsTheMethodologyServingItsVersion() throws Exception {
        HttpResponse<String> response = api.get("");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = Api.json(response);
        assertThat(list.size()).isEqualTo(2);
        JsonNode methodology = list.get(1);
        assertThat(methodology.path("id").asString()).isEqualTo(ID);
        assertThat(methodology.path("status").asString()).isEqualTo("SERVING");
        assertThat(methodology.path("version").asString()).isEqualTo(home.version());
        assertThat(methodology.path("serving_version").asString()).isEqualTo(home.version());
        assertThat(methodology.path("last_error").isEmpty()).isTrue();
        assertThat(methodology.path("last_reload_ms").asLong()).isPositive();
    }

    @Test
    void aMethodologyThatFailsAtStartIsListedAsFailedWithNothingServing() throws Exception {
        JsonNode broken = Api.json(api.get("")).get(0);

        assertThat(broken.path("id").asString()).isEqualTo(BROKEN);
        assertThat(broken.path("status").asString()).isEqualTo("FAILED");
        assertThat(broken.path("serving_version").isNull()).isTrue();
        assertThat(broken.path("last_error").get(0).asString()).contains(BROKEN + ".yaml:2");
    }

    @Test
    void ratingWithAMethodologyThatHasNothingServingIsUnavailable() throws Exception {
        HttpResponse<String> response = api.postCsv(BROKEN, TestHome.publishedRows(1));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Api.json(response).path("last_error").isEmpty()).isFalse();
    }

    @Test
    void oneMethodologyIsShownByItsId() throws Exception {
        JsonNode methodology = api.methodology(ID);

        assertThat(methodology.path("id").asString()).isEqualTo(ID);
        assertThat(methodology.path("serving_version").asString()).isEqualTo(home.version());
    }

    @Test
    void aPostedCsvIsRatedWithTheServingVersionNamedInTheHeader() throws Exception {
        String csv = TestHome.publishedRows(1, 5, 80, 120, 250); // acute (one name with a comma), ambulance, PCT, mental health

        HttpResponse<String> response = api.postCsv(ID, csv);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(VersionHeader.NAME)).hasValue(home.version());
        JsonNode body = Api.json(response);
        assertThat(body.path("methodology").asString()).isEqualTo(ID);
        assertThat(body.path("version").asString()).isEqualTo(home.version());
        List<String> rated = new ArrayList<>();
        for (JsonNode rating : body.path("ratings")) {
            assertThat(rating.path("results").path("key_target_summary").isString()).isTrue();
            rated.add(rating.path("organisation").asString() + "|" + rating.path("sector").asString() + "|" + rating.path("rating").asString());
        }
        assertThat(rated).containsExactlyElementsOf(published(csv));
    }

    @Test
    void aCsvWithAnInvalidValueIsRejectedWithEachProblemByLineAndColumn() throws Exception {
        String csv = TestHome.publishedRows(1).replace("Aintree Hospitals NHS Trust,acute,underachieved", "Aintree Hospitals NHS Trust,acute,sort of");

        HttpResponse<String> response = api.postCsv(ID, csv);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Api.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        JsonNode first = problem.path("problems").get(0);
        assertThat(first.path("file").asString()).isEqualTo(Rater.POSTED);
        assertThat(first.path("line").asInt()).isEqualTo(2);
        assertThat(first.path("column").asInt()).isEqualTo(3);
        assertThat(first.path("message").asString()).contains("sort of");
    }

    @Test
    void anEmptyBodyIsRejectedAsAnEmptyFile() throws Exception {
        HttpResponse<String> response = api.postCsv(ID, "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).path("problems").get(0).path("message").asString()).contains("empty");
    }

    @Test
    void anUnknownMethodologyIsNotFound() throws Exception {
        HttpResponse<String> shown = api.get("/no-such-methodology");
        HttpResponse<String> rated = api.postCsv("no-such-methodology", TestHome.publishedRows(1));

        assertThat(shown.statusCode()).isEqualTo(404);
        assertThat(Api.json(shown).path("detail").asString()).contains("no-such-methodology", ID);
        assertThat(rated.statusCode()).isEqualTo(404);
    }

    /** organisation|sector|published rating of each data row, in order. */
    private static List<String> published(String csv) throws IOException {
        List<String> expected = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            expected.add(row.get("organisation") + "|" + row.get("sector") + "|" + row.get("expected_rating"));
        }
        return expected;
    }
}
