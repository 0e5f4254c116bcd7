package org.assessor.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.assessor.system.Scratch;

/**
 * Every rating run, kept so that a published rating can be traced to the exact rules and data that
 * produced it. Runs are immutable once committed.
 */
public interface RunArchive {

    /** Starts recording a run. Nothing of it is visible until {@link Recording#commit()}. */
    Recording begin(RunStart start);

    /** Committed runs, newest first. */
    List<RunSummary> runs();

    Optional<RunSummary> run(long id);

    /** The run's ratings in input order. */
    List<StoredRating> ratings(long runId);

    /** The run's rating at {@code index} (its position in the run, from 0), read alone: a run may hold a million. */
    Optional<StoredRating> rating(long runId, int index);

    /** The run's ratings of the organisation of exactly this name (one a sector or period), in input order. */
    List<StoredRating> ratings(long runId, String organisation);

    /**
     * The other runs that rate at least one organisation of run {@code runId} in the same sector and period, so
     * compare with it: asked of the database, as a national run holds a million ratings.
     */
    Set<Long> runsComparableWith(long runId);

    /** Every run that compares with at least one other. */
    Set<Long> comparableRuns();

    /** The names of rated organisations that contain {@code part}, case-blind, alphabetically, at most {@code limit}. */
    List<String> organisations(String part, int limit);

    /** Every rating of the organisation of exactly this name, in any run: oldest run first, then in input order. */
    List<ArchivedRating> ratingsOf(String organisation);

    /** The distinct ratings the run gave (no rating left out), in no particular order: the run's scale as used. */
    List<String> ratingValues(long runId);

    /**
     * One rating's explanation as JSON: the same object as an entry of the {@code ratings} array of
     * {@code explanations.json}. {@code index} is the rating's position in the run, from 0.
     */
    Optional<String> explanation(long runId, int index);

    /** Every rating's explanation as JSON, in input order, read in one query: what a replay compares with. */
    List<String> explanations(long runId);

    /** The input file exactly as it was rated. */
    InputStream input(long runId);

    /**
     * Lends the run's input as a file named {@code name} while {@code use} runs (readers need a path), and
     * deletes it after.
     */
    default <T> T withInputFile(long runId, String name, Function<Path, T> use) {
        try (Scratch scratch = Scratch.create("assessor-run-" + runId + "-"); InputStream input = input(runId)) {
            return use.apply(scratch.write(name, input));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input of run " + runId, e);
        }
    }

    /** The methodology files and what-if changes the run used. */
    MethodologySnapshot methodology(long runId);
}
