package org.assessor.output;

import java.util.function.Consumer;

/** A file of a run's explanations, written as ratings come: {@code explanations.jsonl} or the older {@code explanations.json}. */
public interface ExplanationsFile extends Consumer<ExplainedRating>, AutoCloseable {

    /** Ends the file; the stream underneath is closed by its owner. */
    @Override
    void close();
}
