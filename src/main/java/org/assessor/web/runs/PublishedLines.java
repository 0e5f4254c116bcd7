package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.archive.StoredRating;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.explanation.RatingWords;
import org.assessor.methodology.Methodology;
import org.assessor.system.NumberText;
import org.assessor.verification.PublishedValue;
import org.assessor.web.runs.TrustExplanation.Published;

/**
 * The values a trust's input row publishes beside the ones computed, in the methodology's words, compared as
 * {@code verify} compares them (exactly); a difference between two numbers is given exactly, as decimals.
 */
final class PublishedLines {
    private PublishedLines() {
    }

    /** Each value the trust's row publishes beside the computed result it maps to, the rating first. */
    static List<Published> of(Methodology methodology, AssessmentInputs row, StoredRating rating) {
        Map<String, String> computed = new LinkedHashMap<>(rating.results());
        if (rating.rating() != null) {
            computed.put(Rating.RATING, rating.rating());
        }
        List<Published> lines = new ArrayList<>();
        for (PublishedValue value : PublishedValue.of(methodology, row.assessment().getPublished(), computed)) {
            boolean isRating = value.result().equals(Rating.RATING);
            String label = isRating ? RatingWords.label(methodology) : methodology.labels().of(value.result());
            String published = value.publishedValue().strip();
            String result = value.computedText();
            boolean agree = value.reproduced(0);
            Published line = new Published(value.published(), label, shown(methodology, value.result(), number(published)),
                    result == null ? null : shown(methodology, value.result(), result), agree, agree ? null : difference(published, result));
            if (isRating) {
                lines.add(0, line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String shown(Methodology methodology, String result, String value) {
        return result.equals(Rating.RATING) ? RatingWords.value(methodology, value) : methodology.labels().shown(result, value);
    }

    /** A published number as people write it ("3.0" reads "3"), anything else as it is. */
    private static String number(String value) {
        NumberText.Reading reading = NumberText.read(value);
        return reading.ok() ? reading.value().stripTrailingZeros().toPlainString() : value;
    }

    /** How far apart two numbers are, or null when either is not one. */
    private static String difference(String published, String computed) {
        if (computed == null) {
            return null;
        }
        NumberText.Reading p = NumberText.read(published);
        NumberText.Reading c = NumberText.read(computed);
        return p.ok() && c.ok() ? p.value().subtract(c.value()).abs().stripTrailingZeros().toPlainString() : null;
    }
}
