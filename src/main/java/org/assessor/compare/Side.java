package org.assessor.compare;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;
import org.assessor.output.RunInfo;

/**
 * One side of a comparison: the methodology as run (with any what-if changes already applied), the
 * changes themselves, and its ratings.
 */
public record Side(String name, Methodology methodology, Map<String, String> changes, RunInfo info, List<Rating> ratings) {

    public Side {
        changes = Map.copyOf(changes);
        ratings = List.copyOf(ratings);
    }

    /** "star-ratings-2003-04" or "star-ratings-2003-04 with key_target_points.data_not_returned=3". */
    public String description() {
        if (changes.isEmpty()) {
            return methodology.id();
        }
        return methodology.id() + " with " + new java.util.TreeMap<>(changes).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
