package org.assessor.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.assessor.Projects;
import org.assessor.methodology.Methodology;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectorSummariesTest {
    private static final Methodology HEALTH_CHECK = Projects.SERVICE.methodologies().load("annual-health-check-2006-07");

    @TempDir
    Path temp;
    private Path ratings;
    private Path previous;
    private Path input;

    @BeforeEach
    void files() throws IOException {
        ratings = write("ratings.csv", """
                organisation,sector,rating,use_of_resources,core_standards,new_targets
                A,acute,excellent,excellent,fully_met,excellent
                B,acute,good,fair,almost_met,good
                C,acute,weak,weak,not_met,weak
                D,acute,fair,,partly_met,fair
                P,pct,weak,weak,not_met,fair
                Q,pct,good,weak,almost_met,good
                """);
        previous = write("previous.csv", """
                organisation,sector,rating,use_of_resources
                A,acute,good,excellent
                B,acute,good,fair
                P,pct,weak,fair
                Q,pct,weak,weak
                """);
        input = write("input.csv", """
                organisation,sector,foundation_trust,reconfigured,region
                A,acute,yes,no,london
                B,acute,no,no,london
                C,acute,no,yes,north_east
                D,acute,yes,no,london
                P,pct,,yes,london
                Q,pct,,no,north_east
                """);
    }

    @Test
    void countsTheShareOfEachValuePerSectorWithTheChangeInPoints() {
        SectorSummary summary = SectorSummaries.build(new SummaryOptions(ratings, previous, input, null, null), HEALTH_CHECK);

        assertThat(summary.columns()).containsExactly("rating", "use_of_resources");
        assertThat(summary.values()).containsExactly("excellent", "good", "fair", "weak");
        assertThat(summary.groups()).extracting(SectorSummary.Group::id).containsExactly("acute", "pct", "all");
        SectorSummary.Group acute = summary.groups().get(0);
        assertThat(acute.current().percent("rating", "excellent")).isEqualTo(25.0);
        assertThat(acute.current().rated("use_of_resources")).as("a blank cell is not rated").isEqualTo(3);
        assertThat(acute.previous().percent("rating", "good")).isEqualTo(100.0);
        SectorSummary.Group all = summary.groups().get(2);
        assertThat(all.current().allBest()).isEqualTo(1);
        assertThat(all.current().allWorst()).isEqualTo(2);
        assertThat(all.flagged().get("foundation_trust").trusts()).isEqualTo(2);
        assertThat(all.flagged().get("foundation_trust").allBest()).isEqualTo(1);
        assertThat(all.flagged().get("reconfigured").allWorst()).isEqualTo(2);
        assertThat(summary.flags()).extracting(SectorSummary.Flag::column).containsExactly("foundation_trust", "reconfigured");
    }

    @Test
    void rendersTheTablesTheSeedArticlesQuote() {
        String text = SummaryText.render(SectorSummaries.build(new SummaryOptions(ratings, previous, input, null, null), HEALTH_CHECK));

        assertThat(text).contains("Quality of services rating (rating)", "Use of resources rating (use_of_resources)",
                "Double excellent and double weak", "Foundation trust (foundation_trust = yes in the input)",
                "Reconfigured in the year (reconfigured = yes in the input)");
        assertThat(text).containsPattern("acute trusts +4 +25 \\(\\+25\\) +25 \\(-75\\) +25 \\(\\+25\\) +25 \\(\\+25\\)");
        assertThat(text).containsPattern("primary care trusts +2 +0 \\(0\\) +50 \\(\\+50\\) +0 \\(0\\) +50 \\(-50\\)");
        assertThat(text).containsPattern("all trusts +6 +1 \\(17%\\) \\(\\+17\\) +2 \\(33%\\) \\(\\+8\\)");
        assertThat(text).containsPattern("all trusts +6 +2 \\(33%\\) +50/0/50/0 +100/0/0/0 +1 of 1 +0 of 2");
        assertThat(text).containsPattern("all trusts +6 +2 \\(33%\\) +0/0/0/100 +0/0/0/100 +0 of 1 +2 of 2");
    }

    @Test
    void withoutTheMethodologyEveryColumnOfRatingValuesCountsAndValuesAreAlphabetical() {
        SectorSummary summary = SectorSummaries.build(new SummaryOptions(ratings, null, null, null, null), null);

        assertThat(summary.columns()).containsExactly("rating", "use_of_resources", "new_targets");
        assertThat(summary.values()).containsExactly("excellent", "fair", "good", "weak");
        assertThat(summary.flags()).isEmpty();
        assertThat(SummaryText.render(summary)).contains("All excellent and all weak").doesNotContain("(+");
    }

    @Test
    void numericRatingsAreOrderedFromHighToLow() throws IOException {
        Path stars = write("stars.csv", "organisation,sector,rating\nA,acute,0\nB,acute,3\nC,pct,2\nD,pct,10\n");

        SectorSummary summary = SectorSummaries.build(new SummaryOptions(stars, null, null, null, null), null);

        assertThat(summary.values()).containsExactly("10", "3", "2", "0");
        assertThat(SummaryText.render(summary)).doesNotContain("double");
    }

    @Test
    void chosenColumnsMustExist() {
        assertThatThrownBy(() -> SectorSummaries.build(new SummaryOptions(ratings, null, null, List.of("rating", "quality"), null), null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("no column quality");
    }

    @Test
    void theMethodologyIsFoundInTheExplanationsBesideTheRatings() throws IOException {
        write("explanations.json", "{\"run\":{\"methodology\":\"annual-health-check-2006-07\",\"methodologyVersion\":\"x\"},\"ratings\":[]}");

        assertThat(SectorSummaries.methodologyBeside(ratings)).contains("annual-health-check-2006-07");
        assertThat(SectorSummaries.methodologyBeside(temp.resolve("elsewhere/ratings.csv"))).isEmpty();
    }

    @Test
    void theMethodologyIsFoundInTheHeaderOfExplanationsJsonLinesGzippedOrNotBeforeTheOldFile() throws IOException {
        write("explanations.json", "{\"run\":{\"methodology\":\"annual-health-check-2006-07\"},\"ratings\":[]}");
        Path gzipped = temp.resolve("explanations.jsonl.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("{\"format\":\"assessor-explanations\",\"version\":2,\"run\":{\"methodology\":\"star-ratings-2004-05\"}}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }

        assertThat(SectorSummaries.methodologyBeside(ratings)).contains("star-ratings-2004-05");

        write("explanations.jsonl", "{\"format\":\"assessor-explanations\",\"version\":2,\"run\":{\"methodology\":\"star-ratings-2003-04\"}}\n");

        assertThat(SectorSummaries.methodologyBeside(ratings)).contains("star-ratings-2003-04");
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
