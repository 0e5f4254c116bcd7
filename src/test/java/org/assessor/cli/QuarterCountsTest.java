package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of two quarters (the Oversight Framework's Q1-Q2 file, 61 trusts in each) is counted per quarter, never
 * the quarters added together: the counts rate prints and the summary of its ratings.csv.
 */
class QuarterCountsTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path QUARTERS = HOME.resolve("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv");

    @TempDir
    Path temp;

    @Test
    void rateAndSummaryCountEachQuarterApart() throws IOException {
        long q1 = trusts("Q1 2025/26");
        long q2 = trusts("Q2 2025/26");
        CommandRun rated = CommandRun.of(HOME, "rate", "--methodology", "oversight-framework-2025-26", "--input", QUARTERS.toString(),
                "--out", temp.toString(), "--no-archive");
        assertThat(rated.exitCode()).as(rated.err()).isZero();
        assertThat(rated.out()).containsPattern("\nmental health and community trusts, Q1 2025/26 +[0-9 ]+ " + q1 + "\n")
                .containsPattern("\nmental health and community trusts, Q2 2025/26 +[0-9 ]+ " + q2 + "\n")
                .doesNotContainPattern(" " + (q1 + q2) + "\n");

        CommandRun summary = CommandRun.of(HOME, "summary", "--ratings", temp.resolve("ratings.csv").toString());
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        summary.assertNoStackTrace();
        assertThat(summary.out()).containsPattern(Pattern.compile("^mental health and community trusts, Q1 2025/26 +" + q1 + " ", Pattern.MULTILINE))
                .containsPattern(Pattern.compile("^mental health and community trusts, Q2 2025/26 +" + q2 + " ", Pattern.MULTILINE))
                .containsPattern(Pattern.compile("^all trusts, Q2 2025/26 +" + q2 + " ", Pattern.MULTILINE))
                .doesNotContain(" " + (q1 + q2) + " ");
    }

    /** The trusts (codes) the file has in a quarter. */
    private static long trusts(String quarter) throws IOException {
        return Files.readAllLines(QUARTERS, StandardCharsets.UTF_8).stream().skip(1).filter(l -> l.startsWith(quarter + ","))
                .map(l -> l.split(",")[4]).distinct().count();
    }
}
