package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caps on what is read: a huge file or value is refused within seconds, at its place, and is not
 * printed back. Before them a 50 MB YAML scalar kept {@code validate} busy for over five minutes and a
 * 10 MB CSV value was printed whole to standard error.
 */
class SizeCapsTest {
    private static final Path TINY = Path.of("src/test/resources/bad-input/tiny");
    private static final long FIVE_SECONDS = 5_000_000_000L;

    @TempDir
    Path temp;

    @Test
    void aYamlFileOf50MegabytesIsRefusedBeforeItIsParsed() throws IOException {
        Path home = tinyHome();
        Path config = home.resolve("methodology-configs/tiny.yaml");
        try (Writer out = Files.newBufferedWriter(config)) {
            out.write("id: tiny\ntitle: ");
            for (int i = 0; i < 50; i++) {
                out.write("T".repeat(1 << 20));
            }
            out.write("\n");
        }

        for (String[] command : new String[][] {{"validate", "--methodology", "tiny"}, {"rate", "--methodology", "tiny", "--input",
                home.resolve("input.csv").toString(), "--out", temp.resolve("out").toString()}}) {
            CommandRun run = timed(home, command);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out() + run.err()).contains(config + String.format(": the file is %,d bytes; at most 1,048,576 are read "
                    + "(a larger file is not a methodology file)", Files.size(config)));
            run.assertNoStackTrace();
        }
    }

    @Test
    void aLineOfAMillionCharactersIsRefusedBeforeTheParserSpendsSecondsOnIt() throws IOException {
        Path home = tinyHome();
        Path config = home.resolve("methodology-configs/tiny.yaml");
        Files.writeString(config, Files.readString(config).replace("title: Tiny methodology for the bad-input tests",
                "title: " + "T".repeat(1_000_000)));

        CommandRun run = timed(home, "validate", "--methodology", "tiny");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(config + ":4:1: a line of 1,000,007 characters; at most 10,000 are accepted "
                + "(a long value may be written over several lines)");
        assertThat(run.out().length()).isLessThan(1_000);
    }

    @Test
    void aValueOverTheCapOnManyLinesIsRefusedAtItsStart() throws IOException {
        Path home = tinyHome();
        Path config = home.resolve("methodology-configs/tiny.yaml");
        Files.writeString(config, Files.readString(config).replace("title: Tiny methodology for the bad-input tests",
                "title: >\n" + ("  " + "T".repeat(998) + "\n").repeat(500)));

        CommandRun run = timed(home, "validate", "--methodology", "tiny");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(config + ":4:8: a value of 499,500 characters; at most 10,000 are accepted");
    }

    @Test
    void aRuleFileOverTheCapIsRefusedBeforeItIsCompiled() throws IOException {
        Path home = tinyHome();
        Path rules = home.resolve("rules/tiny/tiny.drl");
        Files.writeString(rules, Files.readString(rules) + "// " + "x".repeat(2 << 20) + "\n");

        CommandRun run = timed(home, "rate", "--methodology", "tiny", "--input", home.resolve("input.csv").toString(),
                "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(rules + String.format(": the file is %,d bytes; at most 1,048,576 are read", Files.size(rules)));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aCsvValueOfTenMegabytesIsRefusedAtItsCellAndNotPrintedBack() throws IOException {
        Path input = temp.resolve("huge-value.csv");
        try (Writer out = Files.newBufferedWriter(input)) {
            out.write("organisation,sector,status,score,beds\n");
            out.write("T".repeat(10 << 20));
            out.write(",acute,good,5,100\n");
        }

        CommandRun run = timed(TINY, "rate", "--methodology", "tiny", "--input", input.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(input + ":2:1: a value longer than 1,000 characters; no input needs one so long");
        assertThat(run.err().length()).as("the report, not the value").isLessThan(500);
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aQuoteNeverClosedAtTheStartOfATenMegabyteFileIsReportedWhereItOpens() throws IOException {
        Path input = temp.resolve("unclosed.csv");
        try (Writer out = Files.newBufferedWriter(input)) {
            out.write("organisation,sector,status,score,beds\n\"Tiny Trust One,acute,good,5,100\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("Tiny Trust " + i + ",acute,good,5,100\n");
            }
        }
        assertThat(Files.size(input)).isGreaterThan(6_000_000);

        CommandRun run = timed(TINY, "rate", "--methodology", "tiny", "--input", input.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(input + ":2:1: a quoted value (perhaps its closing double quote is missing) longer than "
                + "1,000 characters");
        assertThat(run.err().length()).isLessThan(500);
    }

    /** A run of the command line that must end within five seconds. */
    private static CommandRun timed(Path home, String... args) {
        long start = System.nanoTime();
        CommandRun run = CommandRun.of(home, args);
        assertThat(System.nanoTime() - start).as("nanoseconds taken").isLessThan(FIVE_SECONDS);
        return run;
    }

    private Path tinyHome() throws IOException {
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
}
