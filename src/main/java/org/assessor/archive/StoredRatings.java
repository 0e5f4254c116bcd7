package org.assessor.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;

/** A rating as the archive keeps it: values as the text ratings.csv shows. */
final class StoredRatings {
    private StoredRatings() {
    }

    static StoredRating of(int index, Rating rating) {
        var assessment = rating.assessment();
        return new StoredRating(index, assessment.getOrganisation(), assessment.getSector(), assessment.getPeriod(), text(rating.value()),
                results(rating), new TreeMap<>(assessment.getAttributes()), rating.dependsOnAssumptions());
    }

    static String text(Object value) {
        return value == null ? null : Numbers.text(value);
    }

    private static Map<String, String> results(Rating rating) {
        Map<String, String> results = new LinkedHashMap<>();
        rating.results().forEach((name, value) -> results.put(name, text(value)));
        return results;
    }
}
