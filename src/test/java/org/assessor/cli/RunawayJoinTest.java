package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.assessor.MethodologyCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one hang the sandbox cannot refuse in advance: a join whose partial matches explode combinatorially
 * inside a single evaluation of the engine, where a halt is never looked at (it shows only on real data: the
 * methodology's small cases pass). {@code rate}, run as the user runs it, must still end with exit 1, a
 * message naming the methodology, and no output: by its time limit, or by running out of memory first.
 */
class RunawayJoinTest {
    @TempDir
    Path folder;

    @Test
    void aRunawayJoinEndsTheRunWithAnErrorAndNoOutput() throws Exception {
        Path home = MethodologyCopy.starRatings("runaway")
                .yaml("rating:\n", "limits: {seconds_per_batch: 2}\nrating:\n")
                .rule("1-key-targets.drl", "rule \"The key-target points fall in the sector's summary band\"", """
                        rule "Every input with every other, six times over"
                        when
                            accumulate( Input() and Input() and Input() and Input() and Input() and Input(); $n : count() )
                        then
                            insert(new Result(null, "pairs", $n));
                        end

                        rule "The key-target points fall in the sector's summary band\"""")
                .writeTo(folder.resolve("home"));
        Path input = folder.resolve("many.csv");
        List<String> rows = Files.readAllLines(Path.of("data/star-ratings-2003-04-published.csv"), StandardCharsets.UTF_8);
        Files.write(input, Stream.concat(Stream.of(rows.get(0)), rows.stream().skip(1).limit(200)).toList(), StandardCharsets.UTF_8);
        Path out = folder.resolve("out");

        Path printedTo = folder.resolve("printed.txt");
        Process rate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--methodologies", home.toString(),
                "rate", "--methodology", "runaway", "--input", input.toString(), "--out", out.toString(), "--no-archive")
                .redirectErrorStream(true).redirectOutput(printedTo.toFile()).start();
        // the output goes to a file, so a run that never ends cannot block the test on a full pipe
        // 50 s on a 2-core machine under a load of 14; without a watchdog it would run for hours
        boolean ended = rate.waitFor(300, TimeUnit.SECONDS);
        if (!ended) {
            rate.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String printed = Files.readString(printedTo, StandardCharsets.UTF_8);

        assertThat(ended).as("rate ended by itself; it printed:\n" + printed).isTrue();
        assertThat(rate.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed).contains("error: ").contains("runaway: ").containsPattern("time limit|ran out of memory|exceeded");
        assertThat(printed).doesNotContain("\tat ");
        assertThat(!Files.exists(out) || isEmpty(out)).as("nothing written; it printed:\n" + printed).isTrue();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
