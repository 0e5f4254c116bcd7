package org.assessor.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assessor.fact.Assessment;
import org.assessor.fact.Result;
import org.assessor.fact.Score;

/**
 * One trust as the likely-range bootstrap resamples it: its scored metrics (score and weight, in the order
 * the rules scored them, which fixes which random draw picks which metric) and whether the financial
 * override applies to it.
 */
record BootstrapTrust(Assessment assessment, double[] scores, double[] weights, boolean deficit) {
    /** Ranks order by segment x 1000 + average, which holds while an average stays within this. */
    static final double MAX_SCORE = 100;

    /**
     * The trusts with at least one weighted score, in input-line order.
     *
     * @param weighted {@code Score}s of kind "weighted" (points x weight), in the order the rule collected them
     * @param weights  {@code Score}s of kind "weight", one per weighted score
     * @param deficits {@code Result}s "financial_deficit", a positive number meaning the override applies
     */
    static List<BootstrapTrust> of(List<?> weighted, List<?> weights, List<?> deficits) {
        Map<Assessment, Map<String, Double>> weightOf = new IdentityHashMap<>();
        for (Object fact : weights) {
            Score weight = score(fact, "weights");
            weightOf.computeIfAbsent(weight.assessment(), a -> new HashMap<>()).put(weight.item(), weight.points());
        }
        // Assessment equality is identity, so this is an identity map that keeps the order of first appearance
        Map<Assessment, List<double[]>> items = new LinkedHashMap<>();
        for (Object fact : weighted) {
            Score score = score(fact, "weighted scores");
            double weight = weight(weightOf.getOrDefault(score.assessment(), Map.of()).get(score.item()), score);
            items.computeIfAbsent(score.assessment(), a -> new ArrayList<>()).add(new double[] {metricScore(score, weight), weight});
        }
        Map<Assessment, Boolean> deficit = new IdentityHashMap<>();
        for (Object fact : deficits) {
            if (!(fact instanceof Result result)) {
                throw new IllegalArgumentException("deficits must be Result facts, not " + fact);
            }
            deficit.put(result.getAssessment(), result.getNumber() != null && result.getNumber() > 0);
        }
        List<BootstrapTrust> trusts = new ArrayList<>(items.size());
        items.forEach((assessment, own) -> trusts.add(new BootstrapTrust(assessment,
                own.stream().mapToDouble(item -> item[0]).toArray(), own.stream().mapToDouble(item -> item[1]).toArray(),
                Boolean.TRUE.equals(deficit.get(assessment)))));
        trusts.sort(Comparator.comparingInt(trust -> trust.assessment().getLine()));
        return trusts;
    }

    /**
     * The weighted mean of as many metrics as the trust has, each drawn with replacement, rounded half up
     * on the double (not the decimal) to the places {@code scale} gives: 100 for 2 decimals.
     */
    double resampledAverage(Random random, double scale) {
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < scores.length; k++) {
            int drawn = random.nextInt(scores.length);
            sum += scores[drawn] * weights[drawn];
            weight += weights[drawn];
        }
        return Math.round(sum / weight * scale) / scale;
    }

    private static Score score(Object fact, String what) {
        if (!(fact instanceof Score score)) {
            throw new IllegalArgumentException(what + " must be Score facts, not " + fact);
        }
        return score;
    }

    private static double weight(Double weight, Score weighted) {
        if (weight == null || !(weight > 0) || weight.isInfinite()) {
            throw new IllegalArgumentException("the weight of " + weighted.item() + " of " + weighted.assessment()
                    + " must be a positive finite number, not " + weight);
        }
        return weight;
    }

    private static double metricScore(Score weighted, double weight) {
        double score = weighted.points() / weight;
        if (!(Math.abs(score) <= MAX_SCORE)) {
            throw new IllegalArgumentException("a metric score must be -" + (int) MAX_SCORE + ".." + (int) MAX_SCORE
                    + " (ranks order by segment x 1000 + average), not " + score + " (" + weighted.item() + " of "
                    + weighted.assessment() + ")");
        }
        return score;
    }
}
