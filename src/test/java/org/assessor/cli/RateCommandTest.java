package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.output.ExplanationHeader;
import org.assessor.output.ExplanationRenderer;
import org.assessor.system.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RateCommandTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path INPUT = Path.of("src/test/resources/input");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown-column.csv,                1:5",
        "unknown-sector.csv,                3:2",
        "invalid-value.csv,                 4:4",
        "missing-required-value.csv,        3:28",
        "duplicate-organisation-sector.csv, 5:1",
        "empty-file.csv,                    1",
        "header-only.csv,                   1",
        "wrong-encoding.csv,                3:1",
        "wrong-field-count.csv,             3:31",
        "missing-organisation-column.csv,   1",
        "blank-organisation.csv,            3:1",
    })
    void badInputExitsWithOneAndWritesNothing(String fixture, String where) throws IOException {
        Path input = INPUT.resolve("bad").resolve(fixture);

        CommandRun result = run("rate", "--input", input.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: " + input + " cannot be rated")
                .contains("\n  " + input + ":" + where + ": ");
        result.assertNoStackTrace();
        assertThat(result.out()).doesNotContain("Wrote");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("files left in the output folder").isEmpty();
        }
    }

    @Test
    void badInputLeavesEarlierResultsAsTheyWere() throws IOException {
        Files.writeString(out.resolve("ratings.csv"), "earlier run\n");

        CommandRun result = run("rate", "--input", INPUT.resolve("bad/invalid-value.csv").toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(out.resolve("ratings.csv")).hasContent("earlier run");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("ratings.csv");
        }
    }

    @Test
    void goodInputWritesRatingsAndExplanationsMatchingThePublishedRatings() throws IOException {
        CommandRun result = run("rate", "--input", INPUT.resolve("good-ids.csv").toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Rated 8 with star-ratings-2003-04").contains("Wrote");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("ratings.csv", "explanations.jsonl");
        }
        assertThat(column(out.resolve("ratings.csv"), "rating"))
                .isEqualTo(column(INPUT.resolve("good-ids.csv"), "expected_rating"));
        assertThat(out.resolve("explanations.jsonl")).content().contains("Cornwall Partnership NHS Trust");
        assertThat(Files.readAllLines(out.resolve("explanations.jsonl"))).hasSize(1 + 8);
    }

    @Test
    void theOldExplanationsFileIsWrittenOnRequestAndHoldsWhatTheNewOneRendersTo(@TempDir Path old) throws IOException {
        CommandRun jsonl = run("rate", "--no-archive", "--out", out.toString());
        CommandRun json = run("rate", "--no-archive", "--explanations-format", "json", "--out", old.toString());

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("Wrote " + old.resolve("ratings.csv") + " and " + old.resolve("explanations.json"));
        try (Stream<Path> files = Files.list(old)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("ratings.csv", "explanations.json");
        }
        assertThat(jsonl.exitCode()).as(jsonl.err()).isZero();
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> lines = Files.readAllLines(out.resolve("explanations.jsonl"));
        ExplanationRenderer renderer = new ExplanationRenderer(ExplanationHeader.read(mapper.readTree(lines.get(0))));
        JsonNode ratings = mapper.readTree(old.resolve("explanations.json").toFile()).path("ratings");
        assertThat(ratings.size()).isEqualTo(275).isEqualTo(lines.size() - 1);
        for (int i = 0; i < 275; i++) {
            assertThat(renderer.render(mapper.readTree(lines.get(i + 1)))).isEqualTo(mapper.writeValueAsString(ratings.get(i)));
        }
        assertThat(mapper.readTree(old.resolve("explanations.json").toFile()).path("run"))
                .isEqualTo(mapper.readTree(lines.get(0)).path("run"));
    }

    @Test
    void gzippedWithSentencesTheLinesCarryEachStepsSentence(@TempDir Path plain) throws IOException {
        CommandRun gzipped = run("rate", "--no-archive", "--gzip", "--explanation-sentences", "--out", out.toString());
        CommandRun without = run("rate", "--no-archive", "--out", plain.toString());

        assertThat(gzipped.exitCode()).as(gzipped.err()).isZero();
        assertThat(gzipped.out()).contains(out.resolve("explanations.jsonl.gz").toString());
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("explanations.jsonl.gz")))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> plainLines = Files.readAllLines(plain.resolve("explanations.jsonl"));
        assertThat(lines).hasSize(276).hasSameSizeAs(plainLines);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode first = mapper.readTree(lines.get(1)).path("steps").get(0);
        assertThat(first.path("text").asString()).isEqualTo("The key targets add up to 1 point, which is a pass for acute trusts (0–1 points)");
        assertThat(mapper.readTree(plainLines.get(1)).path("steps").get(0).has("text")).isFalse();
    }

    @Test
    void aProblemInTheLastRowOfALargeInputLeavesNoOutputThoughEarlierRowsWereRated() throws IOException {
        List<String> published = Files.readAllLines(HOME.resolve("data/star-ratings-2003-04-published.csv"));
        StringBuilder csv = new StringBuilder(published.get(0)).append('\n');
        for (int copy = 0; copy < 12; copy++) {
            for (String row : published.subList(1, published.size())) {
                csv.append(row.startsWith("\"") ? "\"copy " + copy + " " + row.substring(1) : "copy " + copy + " " + row).append('\n');
            }
        }
        csv.append("Last Trust,acute,sometimes").append(",".repeat(published.get(0).split(",").length - 3)).append('\n');
        Path input = out.resolve("large.csv");
        Files.writeString(input, csv);
        Path results = out.resolve("results");

        CommandRun result = run("rate", "--input", input.toString(), "--out", results.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(input + ":" + (12 * (published.size() - 1) + 2) + ":3: ", "'sometimes'");
        result.assertNoStackTrace();
        assertThat(results).doesNotExist();
    }

    @Test
    void withoutExplanationsOnlyTheSameRatingsAreWritten(@TempDir Path explained) throws IOException {
        CommandRun quick = run("rate", "--no-explanations", "--out", out.toString());
        CommandRun full = run("rate", "--out", explained.toString());

        assertThat(quick.exitCode()).as(quick.err()).isZero();
        assertThat(full.exitCode()).as(full.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("ratings.csv");
        }
        assertThat(Files.readString(out.resolve("ratings.csv"))).isEqualTo(Files.readString(explained.resolve("ratings.csv")));
        assertThat(quick.out()).contains("Rated 275 ").doesNotContain("explanations");
    }

    @Test
    void theSummaryTableListsRatingsInTheOrderOfTheirScaleUnderAHeadingThatDoesNotRunIntoTheColumns() {
        CommandRun result = run("rate", "--no-archive", "--no-explanations", "--methodology", "annual-health-check-2006-07",
                "--input", "data/synthetic/annual-health-check-2006-07.csv", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\nquality of services rating    excellent    good    fair    weak   total\n")
                .containsPattern("\nprimary care trusts {9}[ 0-9]{11}[ 0-9]{8}[ 0-9]{8}[ 0-9]{8}[ 0-9]{8}\n");
    }

    @Test
    void everyRunIsArchivedWithItsInputAndRatingsUnlessAskedNotTo() throws IOException {
        CommandRun result = run("rate", "--input", INPUT.resolve("good-ids.csv").toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        java.util.regex.Matcher archived = java.util.regex.Pattern.compile("Archived as run (\\d+)").matcher(result.out());
        assertThat(archived.find()).as(result.out()).isTrue();
        long id = Long.parseLong(archived.group(1));
        RunArchive runs = Archives.open(ArchiveLocation.configured(HOME)).runs();
        RunSummary run = runs.run(id).orElseThrow();
        assertThat(run.origin()).isEqualTo("cli");
        assertThat(run.inputSha256()).isEqualTo(Hashes.of(INPUT.resolve("good-ids.csv")));
        assertThat(runs.ratings(id)).extracting(StoredRating::rating)
                .containsExactlyElementsOf(column(out.resolve("ratings.csv"), "rating"));

        CommandRun listed = run("runs", "--last", "5");
        CommandRun replayed = run("replay", "--run", String.valueOf(id));
        CommandRun unknown = run("replay", "--run", "987654321");

        assertThat(listed.out()).containsPattern("(?m)^\\s*" + id + "  .* cli .*star-ratings-2003-04 .* 8 .*good-ids.csv");
        assertThat(replayed.exitCode()).as(replayed.out() + replayed.err()).isZero();
        assertThat(replayed.out()).contains("run " + id + ": 8 ratings replayed identically");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no run 987654321 in the archive");
        unknown.assertNoStackTrace();

        CommandRun unarchived = run("rate", "--no-archive", "--input", INPUT.resolve("good-ids.csv").toString(), "--out", out.toString());

        assertThat(unarchived.exitCode()).as(unarchived.err()).isZero();
        assertThat(unarchived.out()).doesNotContain("Archived");
        assertThat(runs.runs()).noneMatch(r -> r.id() > id && r.inputSha256().equals(run.inputSha256()));
    }

    @Test
    void symbolsWithByteOrderMarkRateExactlyAsIds(@TempDir Path idsOut) throws IOException {
        CommandRun symbols = run("rate", "--input", INPUT.resolve("good-symbols.csv").toString(), "--out", out.toString());
        CommandRun ids = run("rate", "--input", INPUT.resolve("good-ids.csv").toString(), "--out", idsOut.toString());

        assertThat(symbols.exitCode()).as(symbols.err()).isZero();
        assertThat(ids.exitCode()).as(ids.err()).isZero();
        assertThat(Files.readString(out.resolve("ratings.csv"))).isEqualTo(Files.readString(idsOut.resolve("ratings.csv")));
        assertThat(column(out.resolve("ratings.csv"), "rating")).containsExactly("3", "1", "1", "2", "2", "3", "2", "3");
    }

    @Test
    void missingInputFileIsAnErrorWithoutStackTrace() {
        Path missing = out.resolve("nowhere.csv");

        CommandRun result = run("rate", "--input", missing.toString(), "--out", out.resolve("results").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(missing + ": file not found");
        result.assertNoStackTrace();
        assertThat(out.resolve("results")).doesNotExist();
    }

    @Test
    void explainUnknownOrganisationExitsWithOneAndSuggestsSimilarNames() {
        CommandRun result = run("explain", "--input", INPUT.resolve("good-ids.csv").toString(), "--organisation", "Aintree Hospital");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("no rating for 'Aintree Hospital'")
                .contains("similar: Aintree Hospitals NHS Trust (acute)").contains(INPUT.resolve("good-ids.csv").toString());
        result.assertNoStackTrace();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void explainKnownOrganisationPrintsItsRating() {
        CommandRun result = run("explain", "--input", INPUT.resolve("good-symbols.csv").toString(),
                "--organisation", "Barking, Havering and Redbridge Hospitals NHS Trust");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Barking, Havering and Redbridge Hospitals NHS Trust");
    }

    @Test
    void explainReadsTheRatingFromTheExplanationsFileAndPrintsWhatRatingAgainPrints(@TempDir Path gzipped) {
        String trust = "Barking, Havering and Redbridge Hospitals NHS Trust";
        assertThat(run("rate", "--no-archive", "--out", out.toString()).exitCode()).isZero();
        assertThat(run("rate", "--no-archive", "--gzip", "--out", gzipped.toString()).exitCode()).isZero();

        CommandRun again = run("explain", "--organisation", trust);
        CommandRun read = run("explain", "--explanations", out.resolve("explanations.jsonl").toString(), "--organisation", trust);
        CommandRun readGzipped = run("explain", "--explanations", gzipped.resolve("explanations.jsonl.gz").toString(),
                "--organisation", trust);

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(again.out()).contains(trust + " — acute", "rule: ", "parameter ");
        assertThat(read.out()).isEqualTo(again.out());
        assertThat(readGzipped.out()).isEqualTo(again.out());
        CommandRun missing = run("explain", "--explanations", out.resolve("explanations.jsonl").toString(), "--organisation", "Nowhere");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains(out.resolve("explanations.jsonl") + ": organisation: no rating for 'Nowhere'");
        missing.assertNoStackTrace();
        CommandRun notJsonl = run("explain", "--explanations", out.resolve("ratings.csv").toString(), "--organisation", trust);
        assertThat(notJsonl.exitCode()).isEqualTo(1);
        assertThat(notJsonl.err()).contains(out.resolve("ratings.csv") + ":1", "not a line of explanations.jsonl");
        notJsonl.assertNoStackTrace();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(HOME, args);
    }

    private static List<String> column(Path csv, String name) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            return parser.stream().map(record -> record.get(name)).toList();
        }
    }
}
