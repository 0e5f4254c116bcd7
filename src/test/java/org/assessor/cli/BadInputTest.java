package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input battery ({@code src/test/resources/bad-input/}, see its README): files and arguments a
 * careless or hurried user gives, each run through the real command line. Every one must exit 1 (2 for
 * arguments) with its place ({@code file:line:column:}, or the file) and the reason, exactly as the
 * sidecar {@code expected.tsv} says; print no stack trace; write nothing; and leave an earlier output
 * byte for byte as it was.
 */
class BadInputTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path BATTERY = Path.of("src/test/resources/bad-input");
    private static final Path TINY = BATTERY.resolve("tiny");
    private static final byte[] EARLIER = "organisation,sector,rating\nEarlier Trust,acute,3\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    /** One row of a sidecar: the file, the methodology (or the file it replaces), where the problem is, its text. */
    record Expected(String file, String methodology, String where, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> wide() {
        return expectations("wide");
    }

    static Stream<Expected> longFormat() {
        return expectations("long");
    }

    static Stream<Expected> yaml() {
        return expectations("yaml");
    }

    static Stream<Arguments> arguments() {
        return rows(BATTERY.resolve("args/expected.tsv")).stream()
                .map(row -> Arguments.of(row[0], Integer.parseInt(row[1]), row[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wide")
    void aBadWideInputIsRefusedAtItsPlaceAndWritesNothing(Expected expected) throws IOException {
        Path home = expected.methodology().equals("tiny") ? TINY : PROJECT;

        assertRateRefused(home, expected.methodology(), BATTERY.resolve("wide").resolve(expected.file()), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longFormat")
    void aBadLongInputIsRefusedAtItsPlaceAndWritesNothing(Expected expected) throws IOException {
        assertRateRefused(PROJECT, expected.methodology(), BATTERY.resolve("long").resolve(expected.file()), expected);
    }

    /**
     * A bad configuration, rules or cases file put into a copy of the tiny methodology's home: {@code validate}
     * reports it at its place, and {@code rate} refuses to run (a cases file is only read by validate).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("yaml")
    void aBadMethodologyFileIsReportedAtItsPlaceAndNothingIsRated(Expected expected) throws IOException {
        Path home = copyTiny();
        Path replaced = home.resolve(switch (expected.methodology()) {
            case "config" -> "methodology-configs/tiny.yaml";
            case "cases" -> "methodology-configs/tiny.tests.yaml";
            case "rules" -> "rules/tiny/tiny.drl";
            default -> throw new IllegalArgumentException("replaces config, cases or rules, not " + expected.methodology());
        });
        Files.copy(BATTERY.resolve("yaml").resolve(expected.file()), replaced, StandardCopyOption.REPLACE_EXISTING);
        expected = new Expected(expected.file(), expected.methodology(), expected.where(), expected.message().replace("{home}", home.toString()));
        String place = located(replaced, expected);

        CommandRun validation = CommandRun.of(home, "validate", "--methodology", "tiny");

        assertThat(validation.exitCode()).as(validation.out() + validation.err()).isEqualTo(1);
        assertThat(problemLines(validation.out() + validation.err())).as(validation.out()).anyMatch(line -> line.startsWith(place));
        validation.assertNoStackTrace();
        if (!expected.methodology().equals("cases")) {
            assertRateRefused(home, "tiny", TINY.resolve("input.csv"), replaced, expected);
        }
    }

    /** The battery's base is valid as it is, so each bad file shows its own fault, not the base's. */
    @Test
    void theTinyMethodologyIsValidAsItIs() throws IOException {
        CommandRun validation = CommandRun.of(copyTiny(), "validate", "--methodology", "tiny");

        assertThat(validation.exitCode()).as(validation.out() + validation.err()).isZero();
        assertThat(validation.out()).contains("ok   tiny (version ").contains(": 0 problems, 3 of 3 cases passed");
    }

    /** Wrong arguments exit 2 (picocli's usage errors); a path or value that cannot be used exits 1, saying why. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void aBadCommandLineIsRefusedWithTheReasonAndWritesNothing(String args, int exitCode, String message) throws IOException {
        Path out = earlierOutput();
        Path file = Files.writeString(temp.resolve("a-file.csv"), "not a folder\n");
        String[] argv = Arrays.stream(args.split(" ")).map(arg -> arg.replace("{out}", out.toString())
                .replace("{file}", file.toString()).replace("{temp}", temp.toString()).replace("{tiny}", TINY.toString())
                .replace("{battery}", BATTERY.toString()).replace("\\s", " ")).toArray(String[]::new);

        CommandRun run = CommandRun.of(PROJECT, argv);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains(message.replace("{out}", out.toString()).replace("{file}", file.toString())
                .replace("{temp}", temp.toString()));
        run.assertNoStackTrace();
        assertNothingWritten(out);
        assertThat(file).hasContent("not a folder");
    }

    // ------------------------------------------------------------------ helpers

    private void assertRateRefused(Path home, String methodology, Path input, Expected expected) throws IOException {
        assertRateRefused(home, methodology, input, input, expected);
    }

    private void assertRateRefused(Path home, String methodology, Path input, Path located, Expected expected) throws IOException {
        Path out = earlierOutput();

        CommandRun run = CommandRun.of(home, "rate", "--methodology", methodology, "--input", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ");
        assertThat(problemLines(run.err())).as(run.err()).anyMatch(line -> line.startsWith(located(located, expected)));
        assertThat(run.err().length()).as("the report stays short").isLessThan(20_000);
        run.assertNoStackTrace();
        assertThat(run.out()).doesNotContain("Wrote", "Archived");
        assertNothingWritten(out);
    }

    /** {@code file:line:column: message}, {@code file:line: message} or {@code file: message}, as the sidecar says. */
    private static String located(Path file, Expected expected) {
        return file + (expected.where().equals("-") ? "" : ":" + expected.where()) + ": " + expected.message();
    }

    /** An output folder holding the ratings of an earlier run. */
    private Path earlierOutput() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.write(out.resolve("ratings.csv"), EARLIER);
        return out;
    }

    private static void assertNothingWritten(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("files in the output folder").containsExactly("ratings.csv");
        }
        assertThat(out.resolve("ratings.csv")).hasBinaryContent(EARLIER);
    }

    /** The problems of a report, one a line, without the "error: " or indentation before them. */
    private static List<String> problemLines(String report) {
        return report.lines().map(String::strip).map(line -> line.startsWith("error: ") ? line.substring(7) : line).toList();
    }

    private Path copyTiny() throws IOException {
        Path home = temp.resolve("home");
        try (Stream<Path> files = Files.walk(TINY)) {
            for (Path from : files.toList()) {
                Path to = home.resolve(TINY.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return home;
    }

    private static Stream<Expected> expectations(String folder) {
        return rows(BATTERY.resolve(folder).resolve("expected.tsv")).stream().map(row -> new Expected(row[0], row[1], row[2], row[3]));
    }

    /** The rows of a sidecar: tab-separated, after a header line; # starts a comment line. */
    private static List<String[]> rows(Path sidecar) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(sidecar).subList(1, Files.readAllLines(sidecar).size())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
