package org.assessor.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.output.RunInfo;
import org.assessor.rating.RatingService;
import org.assessor.rules.RuleBase;
import org.assessor.whatif.Counterfactuals.Counterfactual;
import org.assessor.whatif.Fragility.Fragile;
import org.assessor.whatif.Margins.Margin;

/**
 * How sensitive each rating is: its margins to thresholds, the one-step input moves that would change
 * it, and the smallest change of inputs that would raise it. Rates the input once, then every candidate
 * input with the same rules.
 */
public final class Sensitivity {
    /** Everything found, for the selected assessments, in input order. */
    public record Result(Methodology methodology, Map<String, String> changes, RunInfo info, List<Rating> ratings,
                         List<Margin> margins, List<Fragile> fragile, int movesTried, String highest,
                         List<Counterfactual> counterfactuals, int maxChanges, double searchSeconds) {

        /** The results the methodology's outputs mark {@code whatif: true}, by id, with their labels, in YAML order. */
        public Map<String, String> whatIfOutputs() {
            Map<String, String> outputs = new LinkedHashMap<>();
            if (methodology.config().outputs() != null) {
                methodology.config().outputs().forEach((id, output) -> {
                    if (output != null && Boolean.TRUE.equals(output.whatif())) {
                        outputs.put(id, output.label() == null ? id : output.label());
                    }
                });
            }
            return outputs;
        }

        /** The assessments with at least one fragile move, in input order. */
        public List<Rating> fragileRatings() {
            return fragileRatings(fragile);
        }

        /** The assessments that one fragile move raises ({@code raises}) or lowers, in input order. */
        public List<Rating> fragileRatings(boolean raises) {
            return fragileRatings(fragile.stream().filter(f -> f.raises() == raises).toList());
        }

        private static List<Rating> fragileRatings(List<Fragile> moves) {
            List<Rating> ratings = new ArrayList<>();
            moves.forEach(f -> {
                if (ratings.isEmpty() || ratings.get(ratings.size() - 1) != f.base()) {
                    ratings.add(f.base());
                }
            });
            return ratings;
        }
    }

    private final RatingService service;

    public Sensitivity(RatingService service) {
        this.service = service;
    }

    /**
     * @param changes what-if parameter changes for this run (may be empty)
     * @param selected the assessments to analyse; the highest rating is taken over all of them
     * @param maxChanges the largest change searched for a counterfactual; 0 skips the search
     */
    public Result analyse(Path input, String id, Map<String, String> changes, Predicate<Rating> selected, int maxChanges) {
        return analyse(input, WhatIf.apply(service.methodologies().load(id), changes), null, selected, maxChanges);
    }

    /**
     * The same for a methodology already loaded, such as an archived run's, with its what-if changes applied.
     *
     * @param period the one period of a long input to read (as a run names it); null reads all
     */
    public Result analyse(Path input, Methodology methodology, String period, Predicate<Rating> selected, int maxChanges) {
        Map<String, String> changes = methodology.changes();
        List<AssessmentInputs> all = new AssessmentReader(methodology, period).read(input);
        RuleBase rules = service.rules(methodology);
        List<Rating> allRatings = new Assessor().rate(rules, all);
        List<AssessmentInputs> assessments = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (selected.test(allRatings.get(i))) {
                assessments.add(all.get(i));
                ratings.add(allRatings.get(i));
            }
        }
        RatingOrder order = RatingOrder.natural();
        Margins margins = new Margins(methodology.config().rating() == null ? null : methodology.config().rating().unit());
        List<Margin> found = ratings.stream().flatMap(r -> margins.of(r).stream()).toList();
        Candidates candidates = new Candidates(rules);
        Fragility fragility = new Fragility(candidates, order);
        List<Fragile> fragile = fragility.find(assessments, ratings);
        Counterfactuals search = new Counterfactuals(candidates, order, maxChanges);
        String highest = search.highest(allRatings);
        long start = System.nanoTime();
        List<Counterfactual> counterfactuals = maxChanges > 0 ? search.search(assessments, ratings, highest) : List.of();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(methodology, Map.copyOf(changes), RunInfo.of(methodology, input), List.copyOf(ratings), found, fragile,
                fragility.moves(assessments), highest, counterfactuals, maxChanges, seconds);
    }
}
