package org.assessor.output;

import java.nio.charset.StandardCharsets;

import org.assessor.assessment.Rating;

/**
 * A rating with its explanation serialised once, as the UTF-8 JSON object {@code explanations.json} and the
 * run archive both hold for it; {@code json} is null when no sink needs it.
 */
public record ExplainedRating(Rating rating, byte[] json) {

    /** The explanation as text, or null. */
    public String text() {
        return json == null ? null : new String(json, StandardCharsets.UTF_8);
    }
}
