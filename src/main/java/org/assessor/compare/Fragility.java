package org.assessor.compare;

import java.util.ArrayList;
import java.util.List;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.rules.RuleBase;

/**
 * Fragile ratings: those that one input moved one value up or down in its domain order would change.
 * Every such move of every subject is rated with the real rules, in one batch.
 */
public final class Fragility {
    /** A one-step move of one input and the rating it gives; {@code raises} when that is higher than the subject's. */
    public record Fragile(Rating base, Move move, String rating, boolean raises) {
    }

    private final RuleBase rules;
    private final InputSpace space;
    private final RatingOrder order;

    public Fragility(RuleBase rules, RatingOrder order) {
        this.rules = rules;
        this.space = new InputSpace(rules.methodology());
        this.order = order;
    }

    /**
     * Every one-step move that changes a rating, subjects in input order, inputs in the subject's order.
     *
     * @param ratings the subjects' ratings, in the same order
     */
    public List<Fragile> find(List<AssessmentInputs> subjects, List<Rating> ratings) {
        List<AssessmentInputs> variants = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (int s = 0; s < subjects.size(); s++) {
            for (var input : space.variable(subjects.get(s))) {
                List<String> values = space.values(input.name());
                int at = values.indexOf(input.value());
                for (int to : new int[] {at - 1, at + 1}) {
                    if (to >= 0 && to < values.size()) {
                        Move move = new Move(input.name(), input.value(), values.get(to));
                        variants.add(InputSpace.apply(subjects.get(s), List.of(move)));
                        owners.add(s);
                        moves.add(move);
                    }
                }
            }
        }
        List<Rating> rated = Candidates.rate(rules, variants);
        List<Fragile> fragile = new ArrayList<>();
        for (int v = 0; v < rated.size(); v++) {
            Rating base = ratings.get(owners.get(v));
            String before = RatingOrder.text(base);
            String after = RatingOrder.text(rated.get(v));
            if (!after.equals(before)) {
                fragile.add(new Fragile(base, moves.get(v), after, order.higher(after, before)));
            }
        }
        return fragile;
    }

    /** How many one-step moves were tried for these subjects. */
    public int moves(List<AssessmentInputs> subjects) {
        int count = 0;
        for (AssessmentInputs subject : subjects) {
            for (var input : space.variable(subject)) {
                int at = space.index(input.name(), input.value());
                count += (at > 0 ? 1 : 0) + (at < space.values(input.name()).size() - 1 ? 1 : 0);
            }
        }
        return count;
    }
}
