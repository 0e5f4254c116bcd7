package org.assessor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentReaderTest {
    private static final Path INPUT = Path.of("src/test/resources/input");
    private static final Path BAD = INPUT.resolve("bad");
    private static final String KEY_TARGET_ALLOWED = "allowed: achieved, underachieved, significantly_underachieved, "
            + "not_applicable, data_not_available, data_not_returned, or the symbols ✓ - ✗ X n/a □ ●";

    private static Methodology methodology;
    private static String header;
    private static String aintree;
    private static String barnsley;
    private static String invalidRow;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws IOException {
        methodology = new Methodologies(Path.of("").toAbsolutePath()).load("star-ratings-2003-04");
        List<String> good = Files.readAllLines(INPUT.resolve("good-ids.csv"));
        header = good.get(0);
        aintree = good.get(1);
        List<String> invalid = Files.readAllLines(BAD.resolve("invalid-value.csv"));
        barnsley = invalid.get(2);
        invalidRow = invalid.get(3);
    }

    @Test
    void readsEveryRowOfTheIdForm() {
        List<AssessmentInputs> assessments = read(INPUT.resolve("good-ids.csv"));

        assertThat(assessments).extracting(s -> s.assessment().getOrganisation()).containsExactly(
                "Aintree Hospitals NHS Trust", "Barking, Havering and Redbridge Hospitals NHS Trust",
                "Bolton Hospitals NHS Trust", "Kingston Primary Care Trust", "Mid Devon Primary Care Trust",
                "Staffordshire Ambulance Service NHS Trust", "Dorset Ambulance NHS Trust", "Cornwall Partnership NHS Trust");
        assertThat(assessments).extracting(s -> s.assessment().getLine()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(assessments.get(5).inputs()).extracting(Input::name, Input::value)
                .contains(tuple("clinical_governance", "significant_strengths"));
    }

    @Test
    void readsPublishedSymbolsAndByteOrderMarkAsTheSameInputsAsIds() {
        List<AssessmentInputs> ids = read(INPUT.resolve("good-ids.csv"));
        List<AssessmentInputs> symbols = read(INPUT.resolve("good-symbols.csv"));

        assertThat(describe(symbols)).isEqualTo(describe(ids));
        assertThat(symbols.get(0).assessment().getOrganisation()).isEqualTo("Aintree Hospitals NHS Trust");
        assertThat(describe(symbols)).anyMatch(s -> s.contains("data_not_available"))
                .anyMatch(s -> s.contains("data_not_returned")).anyMatch(s -> s.contains("significantly_underachieved"));
    }

    @Test
    void unknownColumnNamesTheHeadingAndTheAllowedColumns() {
        Problem problem = onlyProblem(BAD.resolve("unknown-column.csv"));

        assertAt(problem, BAD.resolve("unknown-column.csv"), 1, 5);
        assertThat(problem.at()).isEqualTo("column hospital_cleanlines");
        assertThat(problem.message()).contains("unknown column 'hospital_cleanlines'")
                .contains("allowed: organisation, sector").contains("hospital_cleanliness").contains("expected_*");
    }

    @Test
    void unknownSectorNamesTheValueAndTheSectors() {
        Problem problem = onlyProblem(BAD.resolve("unknown-sector.csv"));

        assertAt(problem, BAD.resolve("unknown-sector.csv"), 3, 2);
        assertThat(problem.message())
                .isEqualTo("unknown sector 'hospital'; allowed: acute, specialist, ambulance, pct, mental_health");
    }

    @Test
    void invalidValueNamesTheValueTheColumnAndTheIdsAndSymbolsAllowed() {
        Problem problem = onlyProblem(BAD.resolve("invalid-value.csv"));

        assertAt(problem, BAD.resolve("invalid-value.csv"), 4, 4);
        assertThat(problem.at()).isEqualTo("column cancer_two_week_wait");
        assertThat(problem.message()).isEqualTo("invalid value 'yes'; " + KEY_TARGET_ALLOWED);
    }

    @Test
    void missingRequiredValueNamesTheSectorThatNeedsItAndTheValuesAllowed() {
        Problem problem = onlyProblem(BAD.resolve("missing-required-value.csv"));

        assertAt(problem, BAD.resolve("missing-required-value.csv"), 3, 28);
        assertThat(problem.at()).isEqualTo("column clinical_governance");
        assertThat(problem.message()).contains("missing value").contains("required for primary care trusts")
                .contains("allowed: significant_strengths, many_strengths, strengths, significant_weaknesses, not_applicable");
    }

    @Test
    void duplicateOrganisationAndSectorNamesTheFirstLineDespiteBlankLines() {
        Problem problem = onlyProblem(BAD.resolve("duplicate-organisation-sector.csv"));

        assertAt(problem, BAD.resolve("duplicate-organisation-sector.csv"), 5, 1);
        assertThat(problem.message()).contains("'Barnsley District General Hospital NHS Trust' (acute) is already on line 3")
                .contains("once per sector");
    }

    @Test
    void emptyFileAsksForAHeader() {
        Problem problem = onlyProblem(BAD.resolve("empty-file.csv"));

        assertAt(problem, BAD.resolve("empty-file.csv"), 1, 0);
        assertThat(problem.message()).contains("the file is empty").contains("organisation, sector");
    }

    @Test
    void headerWithoutRowsIsAnError() {
        Problem problem = onlyProblem(BAD.resolve("header-only.csv"));

        assertAt(problem, BAD.resolve("header-only.csv"), 1, 0);
        assertThat(problem.message()).startsWith("no rows to rate");
    }

    @Test
    void latin1ByteIsReportedOnItsLineAndColumnWithTheValueItSpoils() {
        Problem problem = onlyProblem(BAD.resolve("wrong-encoding.csv"));

        assertAt(problem, BAD.resolve("wrong-encoding.csv"), 3, 1);
        assertThat(problem.message()).contains("byte 0xE9")
                .contains("'Barnsley District G\\xE9n\\xE9ral Hospital NHS Trust'").contains("must be UTF-8");
    }

    @Test
    void wrongFieldCountPointsAtTheFirstFieldWithoutAHeadingAndSuggestsQuotes() {
        Problem problem = onlyProblem(BAD.resolve("wrong-field-count.csv"));

        assertAt(problem, BAD.resolve("wrong-field-count.csv"), 3, 31);
        assertThat(problem.message()).contains("has 31 fields but the header has 30").contains("double quotes");
    }

    @Test
    void missingOrganisationColumnShowsTheHeader() {
        Problem problem = onlyProblem(BAD.resolve("missing-organisation-column.csv"));

        assertAt(problem, BAD.resolve("missing-organisation-column.csv"), 1, 0);
        assertThat(problem.message())
                .startsWith("missing column 'organisation'; the header is: sector,emergency_admission_12_hour_waits,");
    }

    @Test
    void blankOrganisationIsAMissingValue() {
        Problem problem = onlyProblem(BAD.resolve("blank-organisation.csv"));

        assertAt(problem, BAD.resolve("blank-organisation.csv"), 3, 1);
        assertThat(problem.at()).isEqualTo("column organisation");
        assertThat(problem.message()).contains("missing value");
    }

    @Test
    void blankSectorListsTheSectors() throws IOException {
        Path file = write("blank-sector.csv", header + "\n" + aintree.replace(",acute,", ",,") + "\n");

        Problem problem = onlyProblem(file);

        assertAt(problem, file, 2, 2);
        assertThat(problem.message()).isEqualTo("missing value; allowed: acute, specialist, ambulance, pct, mental_health");
    }

    @Test
    void linesCountBlankLinesEmptyRowsQuotedLineBreaksAndCarriageReturns() throws IOException {
        String rest = aintree.substring(aintree.indexOf(','));
        Path file = write("lines.csv", "\r\n" + header + "\r\n\"Aintree\r\nHospitals\"" + rest + "\r\n   \r\n,,, ,\r\n"
                + invalidRow + "\r\n");

        List<Problem> problems = problems(file);

        assertThat(problems).extracting(Problem::line, Problem::column).containsExactly(
                tuple(7, 4));
        assertThat(problems.get(0).message()).contains("'yes'");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        Path file = write("several.csv", header + "\n" + aintree.replace(",acute,", ",hospital,") + "\n" + invalidRow
                + "\n" + aintree.replace("Aintree Hospitals NHS Trust", "") + "\n");

        assertThat(problems(file)).extracting(Problem::line, Problem::column, Problem::at).containsExactly(
                tuple(2, 2, "column sector"),
                tuple(3, 4, "column cancer_two_week_wait"),
                tuple(4, 1, "column organisation"));
    }

    @Test
    void unclosedQuoteIsReportedOnTheLineItOpens() throws IOException {
        String unclosed = "\"Barnsley District" + barnsley.substring(barnsley.indexOf(','));
        Path file = write("quote.csv", header + "\n" + aintree + "\n\n" + unclosed + "\n" + aintree + "\n");

        Problem problem = onlyProblem(file);

        assertAt(problem, file, 4, 1);
        assertThat(problem.message()).startsWith("a double quote opens this value and is never closed").contains("double quotes");
    }

    @Test
    void duplicateAndUnnamedHeadingsAreReportedWithTheirColumns() throws IOException {
        Path file = write("headings.csv", header + ",sector,\n" + aintree + ",acute,\n");

        assertThat(problems(file)).extracting(Problem::line, Problem::column).containsExactly(
                tuple(1, 31), tuple(1, 32));
        assertThat(problems(file).get(0).message()).contains("'sector' appears twice, also as column 2");
        assertThat(problems(file).get(1).message()).contains("column 32 has no name; allowed: organisation, sector");
    }

    @Test
    void missingColumnOfASectorIsReportedOnceOnTheFirstRowThatNeedsIt() throws IOException {
        int cleanliness = List.of(header.split(",")).indexOf("hospital_cleanliness");
        String row = withoutField(aintree, cleanliness);
        Path file = write("no-cleanliness.csv", withoutField(header, cleanliness) + "\n" + row + "\n"
                + row.replace("Aintree", "Other") + "\n");

        Problem problem = onlyProblem(file);

        assertAt(problem, file, 2, 0);
        assertThat(problem.message()).isEqualTo("missing column 'hospital_cleanliness', required for acute trusts");
    }

    @Test
    void utf16FileIsAskedToBeSavedAsUtf8() throws IOException {
        Path file = temp.resolve("utf16.csv");
        Files.write(file, (header + "\n" + aintree + "\n").getBytes(StandardCharsets.UTF_16));

        Problem problem = onlyProblem(file);

        assertAt(problem, file, 1, 1);
        assertThat(problem.message()).isEqualTo("the file is UTF-16 (big-endian; it starts with a UTF-16 byte-order mark); save it as UTF-8");
    }

    @Test
    void missingFileAndFolderAreNamed() {
        assertThat(onlyProblem(temp.resolve("nowhere.csv")).message()).isEqualTo("file not found");
        assertThat(onlyProblem(temp).message()).contains("folder");
    }

    private List<AssessmentInputs> read(Path file) {
        return new AssessmentReader(methodology).read(file);
    }

    private List<Problem> problems(Path file) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> read(file));
        assertThat(e).as("problems in " + file).isNotNull();
        assertThat(e.getMessage()).startsWith(file + " cannot be rated");
        return e.problems();
    }

    private Problem onlyProblem(Path file) {
        List<Problem> problems = problems(file);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).warning()).isFalse();
        return problems.get(0);
    }

    private static void assertAt(Problem problem, Path file, int line, int column) {
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.line()).as("line of " + problem).isEqualTo(line);
        assertThat(problem.column()).as("column of " + problem).isEqualTo(column);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private static String withoutField(String line, int index) {
        List<String> fields = new java.util.ArrayList<>(List.of(line.split(",", -1)));
        fields.remove(index);
        return String.join(",", fields);
    }

    /** Each assessment as text: line, organisation, sector and inputs, for comparing two readings. */
    private static List<String> describe(List<AssessmentInputs> assessments) {
        return assessments.stream().map(s -> s.assessment().getLine() + " " + s.assessment() + " "
                + s.inputs().stream().map(i -> i.kind() + ":" + i.name() + "=" + i.value()).sorted().toList()).toList();
    }
}
