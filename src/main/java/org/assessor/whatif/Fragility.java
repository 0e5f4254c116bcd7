package org.assessor.whatif;

import java.util.ArrayList;
import java.util.List;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.rules.RuleBase;

/**
 * Fragile ratings: those that one input moved one value up or down in its domain order would change.
 * Every such move of every assessment is rated with the real rules, in one batch.
 */
public final class Fragility {
    /** A one-step move of one input and the rating it gives; {@code raises} when that is higher than the assessment's. */
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
     * Every one-step move that changes a rating, assessments in input order, inputs in the assessment's order.
     *
     * @param ratings the assessments' ratings, in the same order
     */
    public List<Fragile> find(List<AssessmentInputs> assessments, List<Rating> ratings) {
        List<AssessmentInputs> variants = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (int s = 0; s < assessments.size(); s++) {
            for (var input : space.variable(assessments.get(s))) {
                List<String> values = space.values(input.name());
                int at = values.indexOf(input.value());
                for (int to : new int[] {at - 1, at + 1}) {
                    if (to >= 0 && to < values.size()) {
                        Move move = new Move(input.name(), input.value(), values.get(to));
                        variants.add(InputSpace.apply(assessments.get(s), List.of(move)));
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

    /** How many one-step moves were tried for these assessments. */
    public int moves(List<AssessmentInputs> assessments) {
        int count = 0;
        for (AssessmentInputs assessment : assessments) {
            for (var input : space.variable(assessment)) {
                int at = space.index(input.name(), input.value());
                count += (at > 0 ? 1 : 0) + (at < space.values(input.name()).size() - 1 ? 1 : 0);
            }
        }
        return count;
    }
}
