package org.assessor.distribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How many assessments of each sector went from each rating on one side to each rating on the other: a
 * rating_a × rating_b matrix per sector, plus one for {@link Distribution#ALL}. An empty rating means
 * the side did not rate the assessment.
 */
public final class Transitions {
    private final List<String> sectors;
    private final List<String> ratings;
    private final Map<String, Integer> counts = new HashMap<>();

    private Transitions(List<String> sectors, List<String> ratings) {
        this.sectors = sectors;
        this.ratings = ratings;
    }

    /** One assessment's rating on each side; empty when a side did not rate it. */
    public record Change(String sector, String ratingA, String ratingB) {
    }

    /** From ratings already paired, e.g. two sides of a comparison or two archived runs; {@code sectors} in the order to list them. */
    public static Transitions of(List<String> sectors, List<Change> changes, RatingOrder order) {
        TreeSet<String> ratings = new TreeSet<>(order);
        changes.forEach(c -> {
            ratings.add(c.ratingA());
            ratings.add(c.ratingB());
        });
        List<String> withAll = new ArrayList<>(sectors);
        withAll.add(Distribution.ALL);
        Transitions transitions = new Transitions(List.copyOf(withAll), List.copyOf(ratings));
        for (Change change : changes) {
            transitions.counts.merge(key(change.sector(), change.ratingA(), change.ratingB()), 1, Integer::sum);
            transitions.counts.merge(key(Distribution.ALL, change.ratingA(), change.ratingB()), 1, Integer::sum);
        }
        return transitions;
    }

    private static String key(String sector, String a, String b) {
        return sector + "\u0000" + a + "\u0000" + b;
    }

    /** The sectors, {@link Distribution#ALL} last. */
    public List<String> sectors() {
        return sectors;
    }

    /** Every rating on either side, lowest first. */
    public List<String> ratings() {
        return ratings;
    }

    public int count(String sector, String ratingA, String ratingB) {
        return counts.getOrDefault(key(sector, ratingA, ratingB), 0);
    }

    /** The assessments of a sector whose rating differs between the sides. */
    public int changed(String sector) {
        int changed = 0;
        for (String a : ratings) {
            for (String b : ratings) {
                changed += a.equals(b) ? 0 : count(sector, a, b);
            }
        }
        return changed;
    }
}
