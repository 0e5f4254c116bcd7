package org.assessor.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assessor.archive.AuditLog;
import org.assessor.archive.Recording;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunStart;
import org.assessor.archive.RunSummary;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.Subject;
import org.assessor.input.SubjectReader;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Rates a posted CSV with one serving version and archives the run: the CSV is read exactly as
 * {@code assessor rate} reads a file, and the run is recorded as the user's, from the web.
 */
@Component
public final class Rater {
    static final String POSTED = "posted CSV";
    static final String ORIGIN = "web";
    /** Subjects rated between two progress updates, when each is rated on its own (no session groups). */
    private static final int CHUNK = 100;

    private final Assessor assessor = new Assessor();
    private final RunArchive archive;
    private final AuditLog audit;

    Rater(RunArchive archive, AuditLog audit) {
        this.archive = archive;
        this.audit = audit;
    }

    /** The ratings and the archived run they were recorded as. */
    public record Rated(RunSummary run, List<Rating> ratings) {
    }

    /**
     * @param inputName the name to archive the input under (an upload's file name), or null for "posted CSV"
     * @param period    the one period to rate from a long input with periods, or null for all
     */
    public Rated rate(ServingVersion version, byte[] csv, String inputName, String period, String user, Progress progress) {
        Methodology methodology = version.rules().methodology();
        Path file = null;
        try {
            file = Files.createTempFile("assessor-posted-", ".csv");
            Files.write(file, csv);
            progress.update("reading", 0, 0);
            List<Subject> subjects = read(methodology, file, period);
            List<Rating> ratings = rate(version, subjects, progress);
            RunSummary run = record(new RunStart(methodology, file, inputName == null ? POSTED : inputName, period, user, ORIGIN),
                    ratings, progress);
            audit.record(user, "rate", methodology.id(), "ok: run " + run.id());
            return new Rated(run, ratings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot buffer the posted CSV", e);
        } catch (RuntimeException e) {
            audit.record(user, "rate", methodology.id(), "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            throw e;
        } finally {
            deleteQuietly(file);
        }
    }

    private List<Rating> rate(ServingVersion version, List<Subject> subjects, Progress progress) {
        var sessions = version.rules().methodology().config().sessions();
        boolean grouped = sessions != null && sessions.groupBy() != null && !sessions.groupBy().isEmpty();
        int chunk = grouped ? Math.max(1, subjects.size()) : CHUNK; // grouped subjects must share one session: rate them together
        List<Rating> ratings = new ArrayList<>(subjects.size());
        progress.update("rating", 0, subjects.size());
        for (int from = 0; from < subjects.size(); from += chunk) {
            ratings.addAll(assessor.rate(version.rules(), subjects.subList(from, Math.min(subjects.size(), from + chunk))));
            progress.update("rating", ratings.size(), subjects.size());
        }
        return ratings;
    }

    private RunSummary record(RunStart start, List<Rating> ratings, Progress progress) {
        try (Recording recording = archive.begin(start)) {
            for (int i = 0; i < ratings.size(); i++) {
                recording.add(ratings.get(i));
                if (i % CHUNK == 0) {
                    progress.update("recording", i, ratings.size());
                }
            }
            progress.update("recording", ratings.size(), ratings.size());
            return recording.commit();
        }
    }

    private static List<Subject> read(Methodology methodology, Path file, String period) {
        try {
            return new SubjectReader(methodology, period).read(file);
        } catch (ProblemException e) {
            throw invalid(e, file);
        }
    }

    /** The problems name the temporary file; the client knows it as the posted CSV. */
    private static InvalidCsvException invalid(ProblemException e, Path file) {
        String temporary = String.valueOf(file);
        List<Problem> problems = e.problems().stream()
                .map(p -> temporary.equals(p.file()) ? new Problem(POSTED, p.line(), p.column(), p.at(), p.message(), p.warning()) : p)
                .toList();
        String summary = e.getMessage().lines().findFirst().orElse("").replace(temporary, POSTED).replaceFirst(":$", "");
        return new InvalidCsvException(summary, problems);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
