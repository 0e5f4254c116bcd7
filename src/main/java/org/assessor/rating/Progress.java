package org.assessor.rating;

import java.util.function.Consumer;

import org.assessor.input.Assessments;

/** Told how far a run has got, after each rating: for a progress bar in a terminal or on a web page. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (ratings, bytesRead, bytes) -> { };

    /**
     * @param ratings   ratings handed on so far
     * @param bytesRead bytes of the input read so far (ahead of the ratings by the batches in flight)
     * @param bytes     the input's size in bytes
     */
    void at(long ratings, long bytesRead, long bytes);

    /** The sink, with this progress told after each rating it takes how far {@code input} has been read. */
    default <T> Consumer<T> after(Consumer<T> sink, Assessments input) {
        long[] count = {0};
        return rating -> {
            sink.accept(rating);
            at(++count[0], input.bytesRead(), input.size());
        };
    }
}
