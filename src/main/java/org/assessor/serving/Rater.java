package org.assessor.serving;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import org.assessor.archive.AuditLog;
import org.assessor.archive.Recording;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunStart;
import org.assessor.archive.RunSummary;
import org.assessor.input.AssessmentReader;
import org.assessor.input.Assessments;
import org.assessor.methodology.Methodology;
import org.assessor.rating.Progress;
import org.assessor.rating.RatingPipeline;
import org.assessor.rating.RatingPipeline.Recorded;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Scratch;
import org.springframework.stereotype.Component;

/**
 * Rates a posted CSV with one serving version and archives the run: the CSV is read and rated exactly as
 * {@code assessor rate} reads and rates a file (the same {@link RatingPipeline}), and the run is recorded as
 * the user's, from the web.
 */
@Component
public final class Rater {
    public static final String POSTED = "posted CSV";
    static final String ORIGIN = "web";

    /** Assessments rated between two progress updates, when each is rated on its own (no session groups). */
    private static final int CHUNK = 100;

    private final RunArchive archive;
    private final AuditLog audit;

    Rater(RunArchive archive, AuditLog audit) {
        this.archive = archive;
        this.audit = audit;
    }

    /** The archived run and one row per rating (results only: the steps are in the archive, not kept here). */
    public record Rated(RunSummary run, List<RatingRow> ratings) {
    }

    /**
     * Reads, rates and records as it goes, like {@code assessor rate}, so that a large upload holds no
     * more than its result rows in memory; a CSV with problems leaves no run in the archive.
     *
     * @param inputName the name to archive the input under (an upload's file name), or null for "posted CSV"
     * @param period    the one period to rate from a long input with periods, or null for all
     */
    public Rated rate(ServingVersion version, byte[] csv, String inputName, String period, String user, Progress progress) {
        Methodology methodology = version.rules().methodology();
        try (Scratch scratch = Scratch.create("assessor-posted-")) {
            Path file = scratch.write("posted.csv", csv);
            List<RatingRow> rows = new ArrayList<>();
            RunSummary run = rateAndRecord(version, file, new RunStart(methodology, file, inputName == null ? POSTED : inputName,
                    period, user, ORIGIN), rows, progress);
            audit.record(user, "rate", methodology.id(), "ok: run " + run.id());
            return new Rated(run, rows);
        } catch (RuntimeException e) {
            audit.record(user, "rate", methodology.id(), "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            throw e;
        }
    }

    private RunSummary rateAndRecord(ServingVersion version, Path file, RunStart start, List<RatingRow> rows, Progress progress) {
        try (Recording recording = archive.begin(start);
             Assessments assessments = new AssessmentReader(start.methodology(), start.period()).open(file)) {
            RatingPipeline.run(version.rules(), assessments, Recorded.EVERYTHING, explained -> {
                recording.add(explained);
                rows.add(RatingRow.of(explained.rating()));
            }, progress);
            return recording.commit();
        } catch (ProblemException e) {
            throw e.problems().stream().anyMatch(p -> String.valueOf(file).equals(p.file())) ? invalid(e, file) : e;
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
}
