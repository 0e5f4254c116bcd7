package org.assessor.archive;

import org.assessor.assessment.Rating;

/** A run being recorded: ratings are added in input order; closing without a commit leaves no trace. */
public interface Recording extends AutoCloseable {

    void add(Rating rating);

    RunSummary commit();

    /** Discards the run unless it was committed. */
    @Override
    void close();
}
