package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate, summary and inspections, run as a user runs them. */
class ReportCommandsTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path DEMO_2006_07 = HOME.resolve("data/synthetic/annual-health-check-2006-07.csv");

    @TempDir
    Path temp;


    @Test
    void generateWritesTheBundledDemoSetAgainFromItsSeed() throws IOException {
        Path out = temp.resolve("demo.csv");

        CommandRun result = run("generate", "--methodology", "annual-health-check-2006-07", "--trusts", "394", "--seed", "2006",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Wrote 394 synthetic trusts for annual-health-check-2006-07 (seed 2006)");
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(DEMO_2006_07));
    }

    @Test
    void generateWithoutOutPrintsTheCsvAndRejectsNoTrusts() {
        CommandRun printed = run("generate", "--methodology", "use-of-resources-2008-09", "--trusts", "3");
        CommandRun none = run("generate", "--methodology", "use-of-resources-2008-09", "--trusts", "0");

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).startsWith("organisation,sector,region,kloe_1_1,").contains("Synthetic Trust 0003,")
                .hasLineCount(4);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--trusts must be at least 1");
    }

    @Test
    void rateThenSummariseWithTheInputsFlagsAndListTheInspectionsEffect() throws IOException {
        Path input = temp.resolve("input.csv");
        Path results = temp.resolve("results");
        assertThat(run("generate", "--methodology", "annual-health-check-2006-07", "--trusts", "80", "--seed", "5",
                "--out", input.toString()).exitCode()).isZero();
        CommandRun rated = run("rate", "--methodology", "annual-health-check-2006-07", "--input", input.toString(), "--out", results.toString());
        assertThat(rated.exitCode()).as(rated.err()).isZero();

        CommandRun summary = run("summary", "--ratings", results.resolve("ratings.csv").toString(), "--input", input.toString(),
                "--previous", results.resolve("ratings.csv").toString());
        CommandRun inspections = run("inspections", "--methodology", "annual-health-check-2006-07", "--input", input.toString(),
                "--out", temp.resolve("changed.csv").toString());

        assertThat(summary.exitCode()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("(annual-health-check-2006-07)", "Quality of services rating (rating)",
                "Use of resources rating (use_of_resources)", "Double excellent and double weak",
                "Foundation trust (foundation_trust = yes in the input)", "all trusts").contains("(0)").doesNotContain("(+");
        assertThat(inspections.exitCode()).as(inspections.err()).isZero();
        assertThat(inspections.out()).contains("80 trusts rated;", "inspected trusts");
        assertThat(temp.resolve("changed.csv")).content().startsWith("organisation,sector,rating_declared,rating_inspected,findings");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(HOME, args);
    }
}
