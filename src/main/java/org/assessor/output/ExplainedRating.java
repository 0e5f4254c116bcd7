package org.assessor.output;

import java.nio.charset.StandardCharsets;

import org.assessor.assessment.Rating;

/**
 * A rating with its explanation serialised once, as the line {@code explanations.jsonl} and the run archive both
 * hold for it, and the run's header that line refers to; {@code json} and {@code header} are null when no sink needs them.
 */
public record ExplainedRating(Rating rating, byte[] json, ExplanationHeader header) {

    /** The rating's line as text, or null. */
    public String text() {
        return json == null ? null : new String(json, StandardCharsets.UTF_8);
    }

    /** The explanation every reader shows (the object {@code explanations.json} held), rendered from the line, or null. */
    public String rendered() {
        return json == null ? null : new ExplanationRenderer(header).render(json);
    }
}
