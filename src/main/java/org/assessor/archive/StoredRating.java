package org.assessor.archive;

import java.util.Map;

/** One archived rating: its place in the run, the subject, the rating and the intermediate results as text. */
public record StoredRating(int index, String organisation, String sector, String period, String rating,
                           Map<String, String> results, boolean dependsOnAssumptions) {
}
