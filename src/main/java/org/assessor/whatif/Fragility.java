package org.assessor.whatif;

import java.util.ArrayList;
import java.util.List;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.rules.RuleBase;

/**
 * Fragile ratings: those that one realistic one-step change of one input would change, up or down. A
 * one-step change moves an input from a level of performance to the next level above or below it in its
 * domain's order (achieved to underachieved, high to medium); statuses such as not applicable or data not
 * returned ({@code level: false} in the YAML) are not levels, and an input holding one has no such move.
 * Every such move of every assessment is rated with the real rules, in one batch.
 */
public final class Fragility {
    /** What "fragile" means, as the report and the command line say it. */
    public static final String DEFINITION = "A rating is fragile when one realistic one-step change of one input changes it: "
            + "the input moved from its level to the next level above or below (achieved to underachieved, high to medium, "
            + "in the order the methodology lists its values). Statuses such as not applicable or data not returned are "
            + "not levels: no input is moved to one, and an input holding one is not moved.";

    /** A one-step move of one input and the rating it gives; {@code raises} when that is higher than the assessment's. */
    public record Fragile(Rating base, Move move, String rating, boolean raises) {
    }

    private final Candidates candidates;
    private final InputSpace space;
    private final RatingOrder order;

    public Fragility(RuleBase rules, RatingOrder order) {
        this(new Candidates(rules), order);
    }

    Fragility(Candidates candidates, RatingOrder order) {
        this.candidates = candidates;
        this.space = new InputSpace(candidates.rules().methodology());
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
                for (String to : space.neighbours(input)) {
                    Move move = new Move(input.name(), input.value(), to);
                    variants.add(InputSpace.apply(assessments.get(s), List.of(move)));
                    owners.add(s);
                    moves.add(move);
                }
            }
        }
        List<Rating> rated = candidates.rate(variants);
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
                count += space.neighbours(input).size();
            }
        }
        return count;
    }
}
