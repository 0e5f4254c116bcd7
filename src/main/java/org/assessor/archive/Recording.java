package org.assessor.archive;

import org.assessor.assessment.Rating;
import org.assessor.output.ExplainedRating;

/** A run being recorded: ratings are added in input order; closing without a commit leaves no trace. */
public interface Recording extends AutoCloseable {

    /** Adds a rating, serialising its explanation. */
    void add(Rating rating);

    /** Adds a rating with its explanation as serialised already (its line of explanations.jsonl, with the header), or serialises it if null. */
    void add(ExplainedRating rating);

    RunSummary commit();

    /** Discards the run unless it was committed. */
    @Override
    void close();
}
