package org.assessor.explanation;

import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;

/** A rating as the methodology words it: its label and its value with the unit, e.g. "Star rating" and "3 stars". */
public final class RatingWords {
    private RatingWords() {
    }

    /** The rating's label, capitalised: "Star rating". */
    public static String label(Methodology methodology) {
        String label = methodology.labels().of(Rating.RATING);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * A rating value (as {@link Numbers#text} writes it) with the methodology's unit: "3 stars", "1 star", "good";
     * without it where the label already names the unit (a final segment is "3", not "3 segments").
     */
    public static String value(Methodology methodology, String value) {
        String unit = methodology.config().rating() == null ? null : methodology.config().rating().unit();
        if (unit == null || methodology.labels().of(Rating.RATING).endsWith(unit)) {
            return value;
        }
        return value + " " + (value.equals("1") ? unit : unit + "s");
    }
}
