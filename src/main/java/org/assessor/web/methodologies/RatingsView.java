package org.assessor.web.methodologies;

import java.util.List;

import org.assessor.serving.Rater;
import org.assessor.serving.RatingRow;
import org.assessor.serving.ServingVersion;

/** The answer to {@code POST /api/methodologies/{id}/ratings}: the version used, the archived run and one rating per input row. */
record RatingsView(String methodology, String version, long run, List<RatingRow> ratings) {

    static RatingsView of(ServingVersion serving, Rater.Rated rated) {
        return new RatingsView(serving.rules().methodology().id(), serving.version(), rated.run().id(), rated.ratings());
    }
}
