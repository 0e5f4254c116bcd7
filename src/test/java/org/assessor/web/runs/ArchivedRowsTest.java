package org.assessor.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.assessor.Projects;
import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.Recording;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunStart;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Input;
import org.assessor.rating.RatingService.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trust's row read back from its run's archived input: from the line its explanation records when that line holds
 * it, else by reading the file up to it; the same row, on the same line, either way.
 */
class ArchivedRowsTest {
    private static final String STARS = "star-ratings-2003-04";

    @TempDir
    Path temp;

    @Test
    void everyPublishedTrustIsReadFromItsLineAsTheWholeFileReadsIt() {
        Run run = Projects.rate(STARS, Projects.PUBLISHED_2003_04);
        Archived archived = archive(run, Projects.PUBLISHED_2003_04);

        assertThat(run.ratings()).hasSize(275);
        for (int i = 0; i < run.ratings().size(); i++) {
            long line = run.ratings().get(i).assessment().getLine();
            StoredRating rating = archived.rating(i);
            String whole = described(archived.rows.upTo(archived.summary, run.methodology(), rating).orElseThrow());

            assertThat(archived.rows.atLine(archived.summary, run.methodology(), rating, line)).as("line %d alone", line)
                    .hasValueSatisfying(row -> assertThat(described(row)).isEqualTo(whole));
            assertThat(archived.rows.of(archived.summary, run.methodology(), rating))
                    .hasValueSatisfying(row -> assertThat(described(row)).isEqualTo(whole));
        }
    }

    @Test
    void aLineThatHoldsAnotherTrustOrNoneGivesNoRow() {
        Run run = Projects.rate(STARS, Projects.PUBLISHED_2003_04);
        Archived archived = archive(run, Projects.PUBLISHED_2003_04);
        StoredRating last = archived.rating(274);
        long lastLine = run.ratings().get(274).assessment().getLine();

        for (long wrong : new long[] {2, lastLine - 1, lastLine + 1, 1_000_000}) {
            assertThat(archived.rows.atLine(archived.summary, run.methodology(), last, wrong)).as("line %d", wrong).isEmpty();
        }
    }

    @Test
    void aRowWhoseValueSpansLinesIsReadFromTheWholeFileInAFileOfCarriageReturns() throws IOException {
        List<String> lines = Files.readAllLines(Projects.PUBLISHED_2003_04, StandardCharsets.UTF_8);
        String first = lines.get(1);
        String spanning = "\"Two-line\nTrust\"" + first.substring(first.indexOf(','));
        Path input = temp.resolve("input.csv");
        // \r line ends, a trust whose quoted name holds a line break, then two more trusts
        Files.writeString(input, String.join("\r", lines.get(0), spanning, lines.get(2), lines.get(3)) + "\r");
        Run run = Projects.rate(STARS, input);
        Archived archived = archive(run, input);

        assertThat(run.ratings()).extracting(rating -> rating.assessment().getLine()).containsExactly(2, 4, 5);
        assertThat(archived.rows.atLine(archived.summary, run.methodology(), archived.rating(0), 2)).as("half a row").isEmpty();
        assertThat(archived.rows.atLine(archived.summary, run.methodology(), archived.rating(2), 5)).isPresent();
        for (int i = 0; i < 3; i++) {
            AssessmentInputs row = archived.rows.of(archived.summary, run.methodology(), archived.rating(i)).orElseThrow();
            assertThat(row.assessment().getOrganisation()).isEqualTo(run.ratings().get(i).assessment().getOrganisation());
            assertThat(row.assessment().getLine()).isEqualTo(run.ratings().get(i).assessment().getLine());
        }
        assertThat(run.ratings().get(0).assessment().getOrganisation()).isEqualTo("Two-line\nTrust");
    }

    @Test
    void theExcerptIsTheHeaderEmptyLinesAndTheLineWithTheirOwnLineEnds() throws IOException {
        assertThat(excerpt("h\r\na\r\nb\r\nc\r\n", 3)).isEqualTo("h\r\n\rb\r\n");
        assertThat(excerpt("h\na\nb", 3)).isEqualTo("h\n\rb");
        assertThat(excerpt("h\ra\rb\r\nc", 3)).isEqualTo("h\r\rb\r\n");
        assertThat(excerpt("h\n\r\nb\n", 3)).isEqualTo("h\n\rb\n");
        assertThat(excerpt("h\na\nb\nc\nd\n", 5)).isEqualTo("h\n\r\r\rd\n");
        assertThat(excerpt("h\na\n", 3)).isNull();
        assertThat(excerpt("h\na\n", 2)).isEqualTo("h\na\n");
    }

    private static String excerpt(String text, long line) throws IOException {
        byte[] bytes = ArchivedRows.headerAndLine(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), line);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String described(AssessmentInputs row) {
        StringBuilder text = new StringBuilder(row.assessment().getOrganisation() + " | " + row.assessment().getSector()
                + " | " + row.assessment().getLine() + " |");
        for (Input input : row.inputs()) {
            text.append(' ').append(input.name()).append('=').append(input.value());
        }
        return text.toString();
    }

    private Archived archive(Run run, Path input) {
        RunArchive runs = Archives.open(ArchiveLocation.h2(temp.resolve("archive"))).runs();
        RunSummary summary;
        try (Recording recording = runs.begin(new RunStart(run.methodology(), input, input.getFileName().toString(), null,
                "auditor", "cli"))) {
            run.ratings().forEach(recording::add);
            summary = recording.commit();
        }
        return new Archived(runs, summary, new ArchivedRows(runs));
    }

    private record Archived(RunArchive runs, RunSummary summary, ArchivedRows rows) {
        StoredRating rating(int index) {
            Optional<StoredRating> rating = runs.rating(summary.id(), index);
            return rating.orElseThrow();
        }
    }
}
