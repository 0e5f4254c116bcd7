package org.assessor.distribution;

import java.util.Comparator;
import java.util.List;

import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;

/**
 * Rating values as text, lowest first: values of an explicit order by their place in it (e.g. weak, fair,
 * good, excellent), then numbers by value (0 stars before 3), then any other text alphabetically.
 */
public final class RatingOrder implements Comparator<String> {
    private static final RatingOrder NATURAL = new RatingOrder(List.of());

    private final List<String> lowToHigh;

    private RatingOrder(List<String> lowToHigh) {
        this.lowToHigh = List.copyOf(lowToHigh);
    }

    public static RatingOrder natural() {
        return NATURAL;
    }

    /** An explicit order, lowest first; values not in it sort after, as {@link #natural()} does. */
    public static RatingOrder of(List<String> lowToHigh) {
        return lowToHigh == null || lowToHigh.isEmpty() ? NATURAL : new RatingOrder(lowToHigh);
    }

    /** A rating's value as written in ratings.csv; empty for no rating. */
    public static String text(Rating rating) {
        return rating == null || rating.value() == null ? "" : Numbers.text(rating.value());
    }

    @Override
    public int compare(String a, String b) {
        int ia = lowToHigh.indexOf(a);
        int ib = lowToHigh.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
        }
        Double na = number(a);
        Double nb = number(b);
        if (na != null && nb != null) {
            return Double.compare(na, nb);
        }
        if (na != null || nb != null) {
            return na != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** True when {@code a} is a better rating than {@code b} (higher in this order); no rating is never better. */
    public boolean higher(String a, String b) {
        return !a.isEmpty() && (b.isEmpty() || compare(a, b) > 0);
    }

    private static Double number(String text) {
        try {
            return text.isEmpty() ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
