package org.assessor.validation;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.assessor.methodology.Methodologies;
import org.assessor.system.Problem;
import org.assessor.validation.ValidationChild.Outcome;

/**
 * Validates methodologies in a child JVM with a capped heap and a time limit per methodology, because
 * validating compiles rules someone just edited and runs their cases: even a hang or an OutOfMemoryError
 * that no check foresaw then ends the child, never the caller (a server keeps serving what it served).
 * The child reports each methodology as it finishes; one that does not finish in time, or kills its
 * child, is reported as failed and the rest are validated in a new child.
 */
public final class IsolatedValidator {
    /** Heap of the child: every shipped methodology validates in a quarter of it (docs/security.md). */
    static final String DEFAULT_HEAP = "768m";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    private final Methodologies methodologies;
    private final String heap;
    private final Duration timeout;

    public IsolatedValidator(Methodologies methodologies) {
        this(methodologies, System.getProperty("assessor.isolation.heap", DEFAULT_HEAP),
                Duration.ofSeconds(Long.getLong("assessor.isolation.timeout", DEFAULT_TIMEOUT.toSeconds())));
    }

    IsolatedValidator(Methodologies methodologies, String heap, Duration timeout) {
        this.methodologies = methodologies;
        this.heap = heap;
        this.timeout = timeout;
    }

    /** Every methodology's outcome, in the order asked; never throws for what a methodology does. */
    public List<Validation> validate(List<String> ids) {
        List<Validation> validations = new ArrayList<>();
        while (validations.size() < ids.size()) {
            validations.addAll(inChild(ids.subList(validations.size(), ids.size())));
        }
        return validations;
    }

    public Validation validate(String id) {
        return validate(List.of(id)).get(0);
    }

    /** As many outcomes as the child gave before it ended; the one it was on when it failed, as a failure. */
    private List<Validation> inChild(List<String> ids) {
        List<Validation> done = new ArrayList<>();
        Process child;
        Path errors;
        try {
            errors = Files.createTempFile("assessor-validation", ".log");
            child = start(ids, errors.toFile());
        } catch (IOException e) {
            done.add(failed(ids.get(0), "cannot start the validation process: " + e.getMessage()));
            return done;
        }
        BlockingQueue<Object> lines = new ArrayBlockingQueue<>(ids.size() + 1);
        Thread reader = readLines(child, lines);
        try {
            while (done.size() < ids.size()) {
                Object line = lines.poll(timeout.toSeconds(), TimeUnit.SECONDS);
                if (line instanceof String json) {
                    done.add(toValidation(ValidationChild.JSON.readValue(json, Outcome.class)));
                } else {
                    done.add(failed(ids.get(done.size()), line == null
                            ? "validation did not finish within " + timeout.toSeconds() + " s and was stopped"
                            : ended(child, errors)));
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.add(failed(ids.get(done.size()), "interrupted"));
        } finally {
            child.destroyForcibly();
            reader.interrupt();
            deleteQuietly(errors);
        }
        return done;
    }

    private Process start(List<String> ids, File errors) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        for (String property : List.of("assessor.cache", "user.home")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(ChildClassPath.arguments(ValidationChild.class.getName()));
        command.add(methodologies.home().toAbsolutePath().toString());
        command.addAll(ids);
        return new ProcessBuilder(command).redirectError(errors).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }

    /** Reads the child's outcome lines; at its end, puts the end marker (an exit code). */
    private static Thread readLines(Process child, BlockingQueue<Object> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("{")) {
                        lines.put(line);
                    }
                }
                lines.put(child.waitFor());
            } catch (IOException | InterruptedException e) {
                lines.offer(-1);
            }
        }, "assessor-validation-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private String ended(Process child, Path errors) {
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        String log = lastLines(errors);
        if (log.contains("OutOfMemoryError") || code == 3) {
            return "validation ran out of memory (its process may use " + heap + " of heap) and was stopped";
        }
        return "the validation process ended unexpectedly (exit " + code + ")" + (log.isEmpty() ? "" : ": " + log);
    }

    private static String lastLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private Validation failed(String id, String why) {
        return new Validation(id, versionOnDisk(id), List.of(), List.of(Problem.error(methodologies.loader().configFile(id).toString(),
                0, 0, null, why)), List.of(), null);
    }

    private String versionOnDisk(String id) {
        try {
            return methodologies.load(id).version();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Validation toValidation(Outcome outcome) {
        return new Validation(outcome.id(), outcome.version(), outcome.relaxations(), outcome.problems(), outcome.cases(), null);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary log left behind costs nothing
        }
    }
}
