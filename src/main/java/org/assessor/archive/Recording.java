package org.assessor.archive;

import org.assessor.assessment.Rating;
import org.assessor.output.ExplainedRating;

/** A run being recorded: ratings are added in input order; closing without a commit leaves no trace. */
public interface Recording extends AutoCloseable {

    /** Adds a rating, serialising its explanation. */
    void add(Rating rating);

    /** Adds a rating with its explanation as serialised already (the text explanations.json holds), or serialises it if null. */
    void add(ExplainedRating rating);

    RunSummary commit();

    /** Discards the run unless it was committed. */
    @Override
    void close();
}
