package org.assessor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.assessor.Projects;
import org.assessor.explanation.StepText;
import org.assessor.methodology.Methodology;
import org.assessor.rating.Progress;
import org.assessor.rating.RatingPipeline.Recorded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * explanations.jsonl: a header, then a line per rating that, rendered with the header as every reader renders it,
 * is byte for byte the object the old explanations.json held for that rating, sentences included.
 */
class ExplanationsJsonlTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path HOME = Projects.HOME;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "star-ratings-2003-04, data/star-ratings-2003-04-published.csv, 275",
            "annual-health-check-2005-06, data/synthetic/annual-health-check-2005-06.csv, 400",
            "annual-health-check-2006-07, data/synthetic/annual-health-check-2006-07.csv, 394",
            "oversight-framework-2025-26, data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv, 122",
    })
    void everyRatingRendersFromItsLineAndTheHeaderExactlyAsTheOldFileWroteItAndEveryLineMeetsTheSchema(
            String id, String input, int ratings) throws IOException {
        Methodology methodology = Projects.SERVICE.methodologies().load(id);
        List<ExplainedRating> explained = rate(methodology, HOME.resolve(input), false);
        byte[] file = jsonl(explained, false);

        List<String> lines = lines(file);
        assertThat(explained.size()).isEqualTo(ratings);
        assertThat(lines).hasSize(ratings + 1);
        ExplanationRenderer renderer = new ExplanationRenderer(ExplanationHeader.read(JSON.readTree(lines.get(0))));
        StepText text = new StepText(methodology.labels());
        for (int i = 0; i < ratings; i++) {
            assertThat(renderer.render(JSON.readTree(lines.get(i + 1))))
                    .as("rating %d of %s", i, input).isEqualTo(ExplanationsJson.toJson(explained.get(i).rating(), text));
        }
        assertThat(schema("explanations-header").validate(lines.get(0), InputFormat.JSON)).isEmpty();
        Schema rating = schema("explanations-rating");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(rating.validate(line, InputFormat.JSON)).as(line).isEmpty();
        }
    }

    @Test
    void theHeaderHoldsEachParameterAndRuleOnceAndTheLinesAreAQuarterOfTheOldFile() throws IOException {
        Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        List<ExplainedRating> explained = rate(methodology, Projects.PUBLISHED_2003_04, false);
        List<String> lines = lines(jsonl(explained, false));
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        ExplanationsJson.write(new RunInfo("m", "v", "t", "f", "0".repeat(64), "e", List.of()), methodology,
                explained.stream().map(ExplainedRating::rating).toList(), old);

        JsonNode header = JSON.readTree(lines.get(0));
        assertThat(header.path("parameters").size()).isEqualTo(methodology.params().size());
        assertThat(header.path("rules").size()).isEqualTo(12);
        assertThat(header.path("run").path("methodology").asString()).isEqualTo("star-ratings-2003-04");
        long ratingBytes = lines.stream().skip(1).mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        assertThat(ratingBytes * 4).isLessThan(old.size());
        assertThat(lines.get(1)).doesNotContain("description", "reference", "\"text\"");
    }

    @Test
    void withSentencesEachStepCarriesTheSentenceItsReadersRender() throws IOException {
        Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        List<ExplainedRating> explained = rate(methodology, Projects.PUBLISHED_2003_04, true);
        List<String> lines = lines(jsonl(explained, false));
        ExplanationRenderer renderer = new ExplanationRenderer(ExplanationHeader.read(JSON.readTree(lines.get(0))));

        int steps = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode written = JSON.readTree(line);
            JsonNode rendered = JSON.readTree(renderer.render(written));
            for (int i = 0; i < written.path("steps").size(); i++) {
                assertThat(written.path("steps").get(i).path("text").asString())
                        .isEqualTo(rendered.path("steps").get(i).path("text").asString()).isNotBlank();
                steps++;
            }
        }
        assertThat(steps).isEqualTo(explained.stream().mapToInt(e -> e.rating().steps().size()).sum()).isGreaterThanOrEqualTo(275 * 3); // every rating has its summary, scorecard and rating steps
    }

    @Test
    void gzippedTheFileHoldsTheSameBytes() throws IOException {
        Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        List<ExplainedRating> explained = rate(methodology, Projects.PUBLISHED_2003_04, false);

        byte[] gzipped = jsonl(explained, true);

        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(jsonl(explained, false));
        }
        assertThat(gzipped.length * 5).isLessThan(jsonl(explained, false).length);
    }

    @Test
    void aHeaderOfAnotherFormatOrVersionIsRefusedByName() {
        JsonNode later = JSON.readTree("{\"format\":\"assessor-explanations\",\"version\":3}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExplanationHeader.read(later))
                .hasMessage("not an explanations header of format assessor-explanations version 2: format \"assessor-explanations\", version 3");
    }

    private static List<ExplainedRating> rate(Methodology methodology, Path input, boolean sentences) {
        List<ExplainedRating> explained = new ArrayList<>();
        Projects.SERVICE.rate(methodology, input, null, new Recorded(true, true, sentences), explained::add, Progress.NONE);
        return explained;
    }

    private static byte[] jsonl(List<ExplainedRating> explained, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExplanationsJsonl file = new ExplanationsJsonl(() -> new RunInfo("star-ratings-2003-04", "v", "t", "f", "0".repeat(64),
                "e", List.of()), out, gzip)) {
            explained.forEach(file);
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = ExplanationsJsonlTest.class.getResourceAsStream("/schema/" + name + ".schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }
}
