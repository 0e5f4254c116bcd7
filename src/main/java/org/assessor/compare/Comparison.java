package org.assessor.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.distribution.Transitions;

/**
 * The ratings of the same input under two sides, paired by organisation and sector, in input order
 * (assessments rated on one side only come last, paired with nothing).
 */
public record Comparison(Side a, Side b, List<Pair> pairs) {

    /** One organisation in one sector under both sides; a side that did not rate it has null. */
    public record Pair(String organisation, String sector, Rating a, Rating b) {

        public String ratingA() {
            return RatingOrder.text(a);
        }

        public String ratingB() {
            return RatingOrder.text(b);
        }

        public boolean changed() {
            return !ratingA().equals(ratingB());
        }
    }

    public static Comparison of(Side a, Side b) {
        Map<String, Rating> bByKey = new LinkedHashMap<>();
        b.ratings().forEach(r -> bByKey.put(key(r), r));
        List<Pair> pairs = new ArrayList<>();
        for (Rating rating : a.ratings()) {
            pairs.add(pair(rating, bByKey.remove(key(rating))));
        }
        bByKey.values().forEach(rating -> pairs.add(pair(null, rating)));
        return new Comparison(a, b, List.copyOf(pairs));
    }

    private static Pair pair(Rating a, Rating b) {
        Rating any = a != null ? a : b;
        return new Pair(any.assessment().getOrganisation(), any.assessment().getSector(), a, b);
    }

    static String key(Rating rating) {
        return rating.assessment().getOrganisation() + "\u0000" + rating.assessment().getSector();
    }

    /** The pairs whose rating differs, in input order. */
    public List<Pair> changed() {
        return pairs.stream().filter(Pair::changed).toList();
    }

    /** What differs in the explanation of one pair. */
    /** What differs in a pair's explanations, as short items: "only A: rule", "only B: rule", "parameter name: a → b". */
    public List<String> differences(Pair pair) {
        return diff(pair).items();
    }

    StepDiff diff(Pair pair) {
        return StepDiff.of(pair.a(), a.methodology(), pair.b(), b.methodology());
    }

    /** Sectors in the order the first side's methodology lists them, then any others as met. */
    public List<String> sectors() {
        Set<String> sectors = new LinkedHashSet<>();
        Set<String> present = new LinkedHashSet<>();
        pairs.forEach(p -> present.add(p.sector()));
        a.methodology().sectors().keySet().stream().filter(present::contains).forEach(sectors::add);
        sectors.addAll(present);
        return List.copyOf(sectors);
    }

    /** How many assessments of each sector went from each rating on side a to each rating on side b. */
    public Transitions transitions(RatingOrder order) {
        return Transitions.of(sectors(), pairs.stream().map(p -> new Transitions.Change(p.sector(), p.ratingA(), p.ratingB())).toList(),
                order);
    }

    /** How many changed ratings went up (the second side higher) and how many down. */
    public int[] upDown(RatingOrder order) {
        int[] counts = new int[2];
        for (Pair pair : changed()) {
            counts[order.higher(pair.ratingB(), pair.ratingA()) ? 0 : 1]++;
        }
        return counts;
    }
}
