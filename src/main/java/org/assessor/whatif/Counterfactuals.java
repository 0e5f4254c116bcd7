package org.assessor.whatif;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.fact.Input;
import org.assessor.rules.RuleBase;

/**
 * The smallest change of inputs that raises a rating. Changes are searched by size: every single input set
 * to every other level of its domain (never to a status such as not applicable: see {@link InputSpace}), then every pair of inputs, and so on up to a limit; every candidate
 * is rated with the real rules, many assessments' candidates in one batch. The first size at which some
 * candidate raises the rating is the answer's size, so no smaller change raises it; among the changes of
 * that size, the one that moves the inputs the fewest places in domain order is given (on a tie, the
 * first found), with how many others of that size also raise it. Nothing is assumed about which values
 * are better: that is found by trying.
 */
public final class Counterfactuals {
    /** FOUND: a change raises the rating; HIGHEST: already the highest rating given, not searched; NONE: none within the limit. */
    public enum Status { FOUND, HIGHEST, NONE }

    /** The answer for one assessment; {@code tried} counts the candidates rated for it. */
    public record Counterfactual(Rating base, Status status, List<Move> moves, String rating, int alternatives, long tried) {
    }

    /** Candidates rated together: many are equal to earlier ones, so a batch must be large to keep every core busy. */
    private static final int BATCH = 10_000;

    private final Candidates candidates;
    private final InputSpace space;
    private final RatingOrder order;
    private final int maxChanges;

    public Counterfactuals(RuleBase rules, RatingOrder order, int maxChanges) {
        this(new Candidates(rules), order, maxChanges);
    }

    Counterfactuals(Candidates candidates, RatingOrder order, int maxChanges) {
        this.candidates = candidates;
        this.space = new InputSpace(candidates.rules().methodology());
        this.order = order;
        this.maxChanges = maxChanges;
    }

    /** The highest of these ratings: assessments already there are not searched. */
    public String highest(List<Rating> ratings) {
        return ratings.stream().map(RatingOrder::text).filter(r -> !r.isEmpty()).max(order).orElse("");
    }

    /**
     * @param ratings the assessments' ratings, in the same order
     * @param highest a rating no change is searched beyond (see {@link #highest})
     */
    public List<Counterfactual> search(List<AssessmentInputs> assessments, List<Rating> ratings, String highest) {
        List<Search> searches = new ArrayList<>();
        for (int s = 0; s < assessments.size(); s++) {
            searches.add(new Search(assessments.get(s), ratings.get(s), RatingOrder.text(ratings.get(s)).equals(highest)));
        }
        for (int size = 1; size <= maxChanges; size++) {
            Batch batch = new Batch();
            for (Search search : searches) {
                if (!search.done()) {
                    enumerate(space.variable(search.assessment), 0, size, new ArrayDeque<>(), moves -> batch.add(search, moves));
                }
            }
            batch.rate();
        }
        return searches.stream().map(Search::answer).toList();
    }

    /** Every choice of {@code size} inputs from {@code from} on, each set to each of its other values. */
    private void enumerate(List<Input> inputs, int from, int size, Deque<Move> chosen, Consumer<List<Move>> out) {
        if (size == 0) {
            out.accept(List.copyOf(chosen));
            return;
        }
        for (int i = from; i <= inputs.size() - size; i++) {
            Input input = inputs.get(i);
            for (String to : space.alternatives(input)) {
                chosen.addLast(new Move(input.name(), input.value(), to));
                enumerate(inputs, i + 1, size - 1, chosen, out);
                chosen.removeLast();
            }
        }
    }

    /** One assessment's search so far. */
    private final class Search {
        private final AssessmentInputs assessment;
        private final Rating base;
        private final String rating;
        private final boolean highest;
        private List<Move> best;
        private String bestRating;
        private int alternatives;
        private long tried;

        Search(AssessmentInputs assessment, Rating base, boolean highest) {
            this.assessment = assessment;
            this.base = base;
            this.rating = RatingOrder.text(base);
            this.highest = highest;
        }

        boolean done() {
            return highest || best != null;
        }

        void offer(List<Move> moves, String raised) {
            alternatives++;
            if (best == null || space.steps(moves) < space.steps(best)) {
                best = moves;
                bestRating = raised;
            }
        }

        Counterfactual answer() {
            Status status = highest ? Status.HIGHEST : best != null ? Status.FOUND : Status.NONE;
            return new Counterfactual(base, status, best == null ? List.of() : best, bestRating, alternatives, tried);
        }
    }

    /** Candidates waiting to be rated, several assessments' together. */
    private final class Batch {
        private final List<Search> owners = new ArrayList<>();
        private final List<List<Move>> moves = new ArrayList<>();
        private final List<AssessmentInputs> waiting = new ArrayList<>();

        void add(Search search, List<Move> change) {
            owners.add(search);
            moves.add(change);
            waiting.add(InputSpace.apply(search.assessment, change));
            search.tried++;
            if (waiting.size() >= BATCH) {
                rate();
            }
        }

        void rate() {
            List<Rating> rated = candidates.rate(waiting);
            for (int c = 0; c < rated.size(); c++) {
                Search search = owners.get(c);
                String raised = RatingOrder.text(rated.get(c));
                if (order.higher(raised, search.rating)) {
                    search.offer(moves.get(c), raised);
                }
            }
            owners.clear();
            moves.clear();
            waiting.clear();
        }
    }
}
