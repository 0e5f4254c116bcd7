package org.assessor.archive;

import java.time.Instant;

/** A committed run: what was rated, with which version of which methodology, by whom, when. */
public record RunSummary(long id, String methodology, String methodologyVersion, String title, String inputName,
                         String inputSha256, String period, String ranBy, String origin, Instant startedAt,
                         Instant finishedAt, int ratings, String engineVersion) {
}
