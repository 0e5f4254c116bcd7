package org.assessor.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.Rating;

/** The answer to {@code POST /api/methodologies/{id}/ratings}: the version used, the archived run and one rating per input row. */
record RatingsView(String methodology, String version, long run, List<Row> ratings) {

    static RatingsView of(ServingVersion serving, Rater.Rated rated) {
        return new RatingsView(serving.rules().methodology().id(), serving.version(), rated.run().id(), rated.ratings());
    }

    /** One organisation in one sector: its rating and every result the rules derived. */
    public record Row(String organisation, String sector, Object rating, Map<String, Object> results) {

        static Row of(Rating rating) {
            Map<String, Object> results = new LinkedHashMap<>();
            rating.results().forEach((name, value) -> results.put(name, plain(value)));
            return new Row(rating.assessment().getOrganisation(), rating.assessment().getSector(), plain(rating.value()), results);
        }

        /** 3 rather than 3.0: whole numbers as integers, as the CSV output writes them. */
        private static Object plain(Object value) {
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
                return n.longValue();
            }
            return value;
        }
    }
}
