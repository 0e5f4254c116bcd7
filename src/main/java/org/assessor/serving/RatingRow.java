package org.assessor.serving;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assessor.assessment.Rating;

/** One assessment rated from a posted CSV: its organisation and sector, its rating and every result the rules derived. */
public record RatingRow(String organisation, String sector, Object rating, Map<String, Object> results) {

    static RatingRow of(Rating rating) {
        Map<String, Object> results = new LinkedHashMap<>();
        rating.results().forEach((name, value) -> results.put(name, plain(value)));
        return new RatingRow(rating.assessment().getOrganisation(), rating.assessment().getSector(), plain(rating.value()), results);
    }

    /** 3 rather than 3.0: whole numbers as integers, as the CSV output writes them. */
    private static Object plain(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
            return n.longValue();
        }
        return value;
    }
}
