package org.assessor.archive;

import java.util.Map;

/**
 * One archived rating: its place in the run, the assessment, the rating and the intermediate results as
 * text, and the trust attributes its input row carried (empty for runs archived before they were kept).
 */
public record StoredRating(int index, String organisation, String sector, String period, String rating,
                           Map<String, String> results, Map<String, String> attributes, boolean dependsOnAssumptions) {
}
