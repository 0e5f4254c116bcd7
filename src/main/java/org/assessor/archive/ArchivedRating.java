package org.assessor.archive;

/** A rating with the run it belongs to: one point of a trust's history. */
public record ArchivedRating(RunSummary run, StoredRating rating) {
}
