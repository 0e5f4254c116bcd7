package org.assessor.assessment;

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
}
