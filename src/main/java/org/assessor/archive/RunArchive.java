package org.assessor.archive;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

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

    /**
     * One rating's explanation as JSON: the same object as an entry of the {@code ratings} array of
     * {@code explanations.json}. {@code index} is the rating's position in the run, from 0.
     */
    Optional<String> explanation(long runId, int index);

    /** Every rating's explanation as JSON, in input order, read in one query: what a replay compares with. */
    List<String> explanations(long runId);

    /** The input file exactly as it was rated. */
    InputStream input(long runId);

    /** The methodology files and what-if changes the run used. */
    MethodologySnapshot methodology(long runId);
}
