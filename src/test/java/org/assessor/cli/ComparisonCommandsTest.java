package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assessor.MethodologyCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare, whatif and trend commands: what they write and print, and what they refuse. */
class ComparisonCommandsTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path DATA = HOME.resolve("data/star-ratings-2003-04-published.csv");
    private static final Path TREND = Path.of("src/test/resources/trend");

    @TempDir
    Path out;


    @Test
    void compareWritesTheFourFilesWithOneRowPerChangedTrust() throws IOException {
        CommandRun result = run("compare", "--input", DATA.toString(), "--methodology", "star-ratings-2003-04",
                "--against", "star-ratings-2004-05", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Compared 275 ratings").contains("7 ratings differ: 7 higher under B, 0 lower");
        assertThat(files(out)).containsExactlyInAnyOrder("changes.csv", "transitions.csv", "distribution.csv", "report.md");
        List<CSVRecord> changes = csv(out.resolve("changes.csv"));
        assertThat(changes).hasSize(7).allSatisfy(row -> assertThat(row.get("differing_steps")).startsWith("only A: ")
                .containsIgnoringCase("clinical-governance"));
        assertThat(csv(out.resolve("transitions.csv")).stream().filter(r -> r.get("sector").equals("all"))
                .mapToInt(r -> Integer.parseInt(r.get("count"))).sum()).isEqualTo(275);
        assertThat(out.resolve("report.md")).content().contains("## What differs in the methodologies",
                "Settings: 1 added, 4 changed; sectors: 3 changed.", "  changed pct\n      inputs: without clinical_governance",
                "## Transitions", "## Distribution", "## Changed ratings",
                "### West Wiltshire Primary Care Trust — primary care trusts: 0 → 2");
    }

    @Test
    void compareReportsARuleNoTrustTriggersThoughNoRatingChanged(@TempDir Path home) throws IOException {
        MethodologyCopy.starRatings("base").writeTo(home);
        MethodologyCopy.starRatings("draft").rule("3-star-rating.drl", "import", "import org.assessor.fact.Assessment;\nimport")
                .rule("3-star-rating.drl", "rule \"", """
                rule "A trust of no sector is noted"
                when
                    $a : Assessment(sector == "none")
                then
                    insert(new Result($a, "noted", true));
                end

                rule \"""").writeTo(home);

        CommandRun result = CommandRun.of(home, "compare", "--input", DATA.toString(), "--methodology", "base",
                "--against", "draft", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("0 ratings differ");
        assertThat(out.resolve("report.md")).content().contains("## What differs in the methodologies", "Rules: 1 added.",
                "  added \"A trust of no sector is noted\"", "      | +    $a : Assessment(sector == \"none\")", "No rating differs.");
    }

    @Test
    void compareWithASetChangeAppliesItToTheSecondSideOnly() throws IOException {
        CommandRun result = run("compare", "--input", DATA.toString(), "--set", "key_target_points.data_not_returned=3",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(csv(out.resolve("changes.csv"))).extracting(r -> r.get("organisation") + " " + r.get("rating_a") + "->" + r.get("rating_b"))
                .containsExactly("Mid Devon Primary Care Trust 2->1", "Haringey Teaching Primary Care Trust 1->0");
        assertThat(csv(out.resolve("changes.csv"))).allSatisfy(r -> assertThat(r.get("differing_parameters"))
                .isEqualTo("key_target_points.data_not_returned 1 -> 3"));
    }

    @Test
    void compareWithAnUnknownParameterExitsWithOneAndWritesNothing() throws IOException {
        CommandRun result = run("compare", "--input", DATA.toString(), "--set", "no_such.parameter=3", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no parameter 'no_such.parameter'").doesNotContain("Exception");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void aSetWithoutAValueIsAnArgumentError() throws IOException {
        CommandRun result = run("compare", "--input", DATA.toString(), "--set", "key_target_points.data_not_returned", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(files(out)).isEmpty();
    }

    @Test
    void whatifForOneTrustPrintsTheSmallestChangeThatRaisesItsRating() throws IOException {
        CommandRun result = run("whatif", "--input", DATA.toString(), "--organisation", "West Wiltshire Primary Care Trust",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("West Wiltshire Primary Care Trust (pct): 0 -> 2 by clinical_governance: significant_weaknesses -> ");
        assertThat(files(out)).containsExactlyInAnyOrder("margins.csv", "fragile.csv", "counterfactuals.csv", "report.md");
        assertThat(csv(out.resolve("counterfactuals.csv"))).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("found"));
    }

    @Test
    void whatifListsTheMethodologysOwnWhatIfForEachTrust() throws IOException {
        Path nof = HOME.resolve("data/nof-2025-26/mental-health-and-community-trust-data-q4-2025-26.csv");
        CommandRun result = run("whatif", "--methodology", "oversight-framework-2025-26", "--input", nof.toString(),
                "--organisation", "Dorset Healthcare University NHS Foundation Trust", "--max-changes", "0", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Dorset Healthcare University NHS Foundation Trust (mental_health_community, q4_2025_26): "
                + "the fewest metric improvements that reach the next better segment, peers fixed: OF1063 4.0 to 2.29")
                .contains("Dorset Healthcare University NHS Foundation Trust (mental_health_community, q4_2025_26): "
                + "the fewest metric improvements that move the trust up the league table by the places asked, peers fixed: OF1063 4.0 to 3.06");
        assertThat(files(out)).containsExactlyInAnyOrder("margins.csv", "fragile.csv", "methodology-whatif.csv", "report.md");
        assertThat(csv(out.resolve("methodology-whatif.csv"))).extracting(r -> r.get("period") + " " + r.get("rating") + " "
                + r.get("result") + ": " + r.get("value")).containsExactly(
                "q4_2025_26 2 next_segment_improvements: OF1063 4.0 to 2.29", "q4_2025_26 2 places_up_improvements: OF1063 4.0 to 3.06");
    }

    @Test
    void whatifForAnUnknownTrustExitsWithOne() {
        CommandRun result = run("whatif", "--input", DATA.toString(), "--organisation", "Nowhere NHS Trust", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no rating for 'Nowhere NHS Trust'");
    }

    @Test
    void trendOverThreeRatedYearsWritesItsFilesAndCountsRepeatedPoorPerformance() throws IOException {
        CommandRun result = run("trend", "--ratings", TREND.resolve("2003-04/ratings.csv").toString(),
                "--ratings", TREND.resolve("2004-05/ratings.csv").toString(),
                "--ratings", TREND.resolve("2005-06-whatif/ratings.csv").toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Read 3 years: 2003-04, 2004-05, 2005-06-whatif")
                .contains("Lowest category (rating 0) two or more years running: 19 trusts");
        assertThat(files(out)).containsExactlyInAnyOrder("distribution.csv", "categories.csv", "repeated.csv", "report.md");
        assertThat(csv(out.resolve("repeated.csv"))).hasSize(19).allSatisfy(r -> assertThat(r.get("years_running")).isEqualTo("3"));
    }

    @Test
    void trendWithTwoRatingColumnsCountsDoubleWeak() throws IOException {
        Path synthetic = TREND.resolve("synthetic");
        CommandRun result = run("trend", "--ratings", synthetic.resolve("2005-06.csv").toString(),
                "--ratings", synthetic.resolve("2006-07.csv").toString(), "--ratings", synthetic.resolve("2007-08.csv").toString(),
                "--rating-column", "quality_of_services", "--rating-column", "use_of_resources", "--order", "weak,fair,good,excellent",
                "--attributes", synthetic.resolve("attributes.csv").toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(files(out)).contains("breakdowns.csv");
        assertThat(csv(out.resolve("categories.csv"))).filteredOn(r -> r.get("category").equals("double_lowest") && r.get("group").equals("all"))
                .extracting(r -> r.get("in_category")).containsExactly("3", "4", "2");
    }

    @Test
    void trendWithAMissingRatingColumnExitsWithOneNamingTheColumns() {
        CommandRun result = run("trend", "--ratings", TREND.resolve("2003-04/ratings.csv").toString(),
                "--ratings", TREND.resolve("2004-05/ratings.csv").toString(), "--rating-column", "quality", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("missing column 'quality'").contains("organisation, sector, rating");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(HOME, args);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        }
    }
}
