package org.assessor.server;

import java.util.List;

/** The answer to {@code POST /api/methodologies/{id}/ratings}: the version used, the archived run and one rating per input row. */
record RatingsView(String methodology, String version, long run, List<RatingRow> ratings) {

    static RatingsView of(ServingVersion serving, Rater.Rated rated) {
        return new RatingsView(serving.rules().methodology().id(), serving.version(), rated.run().id(), rated.ratings());
    }
}
