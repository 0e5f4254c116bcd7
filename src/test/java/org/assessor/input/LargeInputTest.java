package org.assessor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs larger than the reader's 64 KB chunks, read as a stream: lines, characters split across
 * chunks, bad bytes and duplicates far into the file, and problems reported after the last assessment.
 */
class LargeInputTest {
    private static final int ROWS = 3000;
    private static Methodology methodology;
    private static String header;
    private static List<String> published;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws IOException {
        methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        List<String> lines = Files.readAllLines(Projects.PUBLISHED_2003_04);
        header = lines.get(0);
        published = lines.subList(1, lines.size());
    }

    /** {@code ROWS} rows of the published file, each organisation renamed to be unique: "row 17 …". */
    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(renamed(published.get(i % published.size()), "row " + (i + 1) + " "));
        }
        return rows;
    }

    /** The row with its organisation's name prefixed, inside its quotes if it has them. */
    private static String renamed(String row, String prefix) {
        return row.startsWith("\"") ? "\"" + prefix + row.substring(1) : prefix + row;
    }

    private Path write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = temp.resolve("large.csv");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void everyRowIsReadWithItsLineAcrossChunks() throws IOException {
        List<String> rows = rows();
        Path file = write(header + "\n" + String.join("\n", rows) + "\n");
        assertThat(Files.size(file)).isGreaterThan(4 * 65536);

        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(file);

        assertThat(assessments).hasSize(ROWS);
        for (int i = 0; i < ROWS; i += 97) {
            assertThat(assessments.get(i).assessment().getLine()).isEqualTo(i + 2);
            assertThat(assessments.get(i).assessment().getOrganisation()).startsWith("row " + (i + 1) + " ");
        }
    }

    @Test
    void aCharacterSplitBetweenTwoChunksIsReadWhole() throws IOException {
        String start = header + "\n";
        StringBuilder text = new StringBuilder(start);
        List<String> rows = rows();
        int i = 0;
        // fill up to just before the first chunk boundary, then put a two-byte character across it
        while (text.toString().getBytes(StandardCharsets.UTF_8).length + rows.get(i).length() + 1 < 65536 - 40) {
            text.append(rows.get(i++)).append('\n');
        }
        int padding = 65536 - text.toString().getBytes(StandardCharsets.UTF_8).length - 1;
        String name = "x".repeat(padding) + "é";
        String straddling = renamed(published.get(i % published.size()), name + " ");
        text.append(straddling).append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[65535]).isEqualTo((byte) 0xC3);

        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(write(bytes));

        AssessmentInputs last = assessments.get(assessments.size() - 1);
        assertThat(last.assessment().getOrganisation()).startsWith("xxx").contains("xé ");
        assertThat(last.assessment().getLine()).isEqualTo(i + 2);
    }

    @Test
    void aBadByteFarIntoTheFileIsPlacedOnItsLineAndColumn() throws IOException {
        List<String> rows = rows();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ROWS; i++) {
            String row = rows.get(i);
            if (i == 2500) {
                bytes.writeBytes(row.substring(0, 5).getBytes(StandardCharsets.UTF_8));
                bytes.write(0xE9);
                bytes.writeBytes(row.substring(5).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.writeBytes(row.getBytes(StandardCharsets.UTF_8));
            }
            bytes.write('\n');
        }

        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> new AssessmentReader(methodology).read(write(bytes.toByteArray())));

        Problem problem = e.problems().get(0);
        assertThat(problem.line()).isEqualTo(2502);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).contains("byte 0xE9", "'row 2\\xE9501 ");
    }

    @Test
    void aDuplicateFarFromItsFirstIsNamedWithTheFirstLine() throws IOException {
        List<String> rows = rows();
        rows.set(2900, rows.get(10));
        Path file = write(header + "\n" + String.join("\n", rows) + "\n");

        ProblemException e = catchThrowableOfType(ProblemException.class, () -> new AssessmentReader(methodology).read(file));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2902);
            assertThat(p.message()).contains("is already on line 12");
        });
    }

    @Test
    void problemsComeAfterTheSubjectsBeforeThemAndNoSubjectFollowsAProblem() throws IOException {
        List<String> rows = rows();
        String acuteValues = published.get(0).substring(published.get(0).indexOf(",acute,") + ",acute".length());
        rows.set(1000, "broken one,hospital" + acuteValues);
        rows.set(2000, "broken two,clinic" + acuteValues);
        Path file = write(header + "\n" + String.join("\n", rows) + "\n");
        List<AssessmentInputs> seen = new ArrayList<>();

        ProblemException e;
        try (Assessments assessments = new AssessmentReader(methodology).open(file)) {
            e = catchThrowableOfType(ProblemException.class, () -> assessments.forEachRemaining(seen::add));
        }

        assertThat(seen).hasSize(1000);
        assertThat(e.problems()).extracting(Problem::line).containsExactly(1002, 2002);
    }
}
