package org.assessor.output;

import org.assessor.assessment.Rating;

/**
 * A rating with its explanation serialised once, as the JSON object {@code explanations.json} and the run
 * archive both hold for it; {@code explanation} is null when no sink needs it.
 */
public record ExplainedRating(Rating rating, String explanation) {
}
