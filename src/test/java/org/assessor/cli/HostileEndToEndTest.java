package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assessor.rules.HostileHome;
import org.assessor.rules.HostileSamples;
import org.assessor.rules.HostileSamples.Sample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile sample as a methodology of its own, through the commands a user runs: {@code validate}
 * (which compiles and runs cases in a child process) finds every one of them invalid at its attack, and
 * {@code rate} refuses or stops every one with the place or the rule, writing nothing. No canary shows,
 * and this process is still here at the end. Server reloads: server.HostileReloadTest.
 */
class HostileEndToEndTest {
    @TempDir
    static Path folder;
    static List<Sample> samples;
    static HostileHome home;

    @BeforeAll
    static void oneMethodologyPerSample() {
        samples = HostileSamples.all();
        home = HostileHome.of(folder.resolve("home"), samples);
    }

    @BeforeEach
    @AfterEach
    void noCanary() {
        HostileSamples.clearCanaries();
    }

    @Test
    void validateFindsEverySampleInvalidAtItsAttackAndRunsNone() {
        CommandRun run = CommandRun.of(home.path(), "validate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("0 of " + samples.size() + " methodologies valid\n");
        for (Sample sample : samples) {
            String report = reportOf(run.out(), sample.name());
            assertThat(report).as(sample.name()).startsWith("FAIL " + sample.name() + " ");
            if (sample.layer().equals("runtime")) {
                assertThat(report).as(sample.name()).contains(sample.name() + ": ").contains(sample.expectAt());
            } else {
                assertThat(report).as(sample.name()).contains(home.rulesOf(sample) + ":" + sample.attackLine() + ":");
            }
        }
        assertThat(HostileSamples.canaryShown()).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> rateRefusesOrStopsEverySampleAndWritesNothing() {
        return samples.stream().map(sample -> dynamicTest(sample.name(), () -> {
            Path out = folder.resolve("out-" + sample.name());
            CommandRun run = CommandRun.of(home.path(), "rate", "--methodology", sample.name(), "--input", home.input().toString(),
                    "--out", out.toString(), "--no-archive");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("internal error");
            if (sample.layer().equals("runtime")) {
                assertThat(run.err()).contains(sample.name() + ": ").contains(sample.expectAt());
            } else {
                assertThat(run.err()).contains(home.rulesOf(sample) + ":" + sample.attackLine() + ":");
            }
            assertThat(!Files.exists(out) || isEmpty(out)).as("nothing written").isTrue();
            assertThat(HostileSamples.canaryShown()).isFalse();
        }));
    }

    /** The lines validate printed for one methodology: its summary line and the indented lines under it. */
    private static String reportOf(String out, String id) {
        StringBuilder report = new StringBuilder();
        boolean in = false;
        for (String line : out.lines().toList()) {
            if (!line.startsWith(" ")) {
                in = line.matches("(ok  |FAIL) " + java.util.regex.Pattern.quote(id) + " .*");
            }
            if (in) {
                report.append(line).append('\n');
            }
        }
        return report.toString();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
