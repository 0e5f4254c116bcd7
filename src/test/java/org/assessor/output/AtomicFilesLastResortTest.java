package org.assessor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discarding a run's output (a signal, or the last resort of a run whose rules exhausted the heap) deletes the files
 * it was writing, and the folders it made for them, without allocating; a set already committed stays. In a process
 * of its own, as discarding also refuses any later output in the process.
 */
class AtomicFilesLastResortTest {
    @TempDir
    Path folder;

    @Test
    void theUncommittedFilesAndTheFoldersMadeForThemAreDeletedAndTheCommittedOnesStay() throws Exception {
        Path done = folder.resolve("done");
        Path stuck = folder.resolve("new/deeper/out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), done.toString(), stuck.toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("written before: 2 files");
        assertThat(done.resolve("ratings.csv")).hasContent("committed");
        assertThat(folder.resolve("new")).as("the folders made for the stuck run's files").doesNotExist();
        try (var left = Files.list(done)) {
            assertThat(left).extracting(path -> path.getFileName().toString()).containsExactly("ratings.csv");
        }
    }

    /** Commits one set, writes two files of another into new folders, then takes the last resort. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            AtomicFiles committed = new AtomicFiles(Path.of(args[0]));
            committed.add("ratings.csv", out -> out.write("committed".getBytes(StandardCharsets.UTF_8))).write();
            AtomicFiles stuck = new AtomicFiles(Path.of(args[1]));
            OutputStream ratings = stuck.open("ratings.csv");
            OutputStream explanations = stuck.open("explanations.jsonl");
            ratings.write('x');
            explanations.write('y');
            ratings.flush();
            explanations.flush();
            try (var files = Files.list(Path.of(args[1]))) {
                System.out.println("written before: " + files.count() + " files");
            }
            AtomicFiles.discardAll();
        }
    }
}
