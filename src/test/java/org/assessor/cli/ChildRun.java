package org.assessor.cli;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The command line in a JVM of its own, as {@code bin/assessor} runs it, for what only a process shows:
 * signals, being killed, exit statuses, the umask. It uses a run archive of its own and the project's
 * methodologies; standard output and error go to files beside the archive.
 */
final class ChildRun {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path folder;
    private final Process process;

    private ChildRun(Path folder, Process process) {
        this.folder = folder;
        this.process = process;
    }

    /** Starts {@code assessor ARGS}; {@code umask}, when not null, is set by a shell first. */
    static ChildRun start(Path folder, String umask, String... args) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dassessor.home=" + PROJECT,
                "-Dassessor.archive.url=jdbc:h2:file:" + folder.resolve("archive/assessor") + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1",
                "-Dassessor.archive.user=sa", Main.class.getName()));
        java.addAll(List.of(args));
        List<String> command = umask == null ? java : List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh");
        if (umask != null) {
            command = new ArrayList<>(command);
            command.addAll(java);
        }
        try {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder(command).redirectOutput(folder.resolve("stdout").toFile())
                    .redirectError(folder.resolve("stderr").toFile()).start();
            return new ChildRun(folder, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code assessor ARGS} to its end. */
    static ChildRun run(Path folder, String umask, String... args) {
        ChildRun run = start(folder, umask, args);
        run.exitCode();
        return run;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until a temporary output file in {@code out} holds some bytes: the run is rating and writing. */
    ChildRun whenWriting(Path out) {
        try {
            await("a temporary file in " + out + " with bytes").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> !process.isAlive() || temporaryFiles(out).stream().anyMatch(ChildRun::notEmpty));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the run never started writing: " + err(), e);
        }
        if (!process.isAlive() && temporaryFiles(out).stream().noneMatch(ChildRun::notEmpty)) {
            throw new AssertionError("the run never started writing: " + err());
        }
        return this;
    }

    void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    int exitCode() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the run did not end within a minute");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String out() {
        return read("stdout");
    }

    String err() {
        return read("stderr");
    }

    private String read(String name) {
        try {
            return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hidden temporary output files in a folder ({@code .ratings.csv.PID.RANDOM.tmp}). */
    static List<Path> temporaryFiles(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".") && f.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            return List.of(); // a file deleted while listed
        }
    }

    private static boolean notEmpty(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
