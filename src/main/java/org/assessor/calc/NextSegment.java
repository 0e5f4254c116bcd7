package org.assessor.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.fact.Score;

/**
 * The trust board's what-if of the Oversight Framework: the fewest metric improvements that would bring a trust's
 * average metric score down to a segment's cut-off, its peers' scores fixed. Improving metric i from score s to
 * score t lowers the weighted sum by w (s - t), at most w (s - best), so the fewest metrics are those with the most
 * to gain, taken until their gains cover what the average must lose; all but the last of them go to the best score,
 * the last only as far as needed. The target is the average, rounded half up to {@code decimals} places as the rules
 * round it, at most the cut-off.
 */
public final class NextSegment {
    /** Most metrics a trust may have: the work is a sort of them. */
    static final int MAX_METRICS = 1_000;
    private static final double TOLERANCE = 1e-9;
    private static final double ROUNDING_MARGIN = 1e-6;

    private NextSegment() {
    }

    /**
     * "OF1063 3.2 to 1.0; OF1005 2.5 to 2.17": each metric to improve, by score from the most to gain, with its
     * score now and the score it needs (rounded up to {@code decimals} places only where that still reaches the
     * cut-off); "" when the average is already at most the cut-off; "not reachable: ..." when every metric at the
     * best score would still not reach it.
     *
     * @param weighted {@code Score}s "weighted" of one trust (points x weight)
     * @param weights  {@code Score}s "weight", one per weighted score
     * @param cutoff   the average to reach, at most
     * @param best     the best score a metric can have
     * @param decimals places of the scores written, 0..10
     */
    public static String fewestImprovements(List<?> weighted, List<?> weights, double cutoff, double best, int decimals) {
        Limits.decimals(decimals);
        Limits.finite("the cut-off", cutoff);
        Limits.finite("the best score", best);
        List<Metric> metrics = metrics(weighted, weights);
        double sum = metrics.stream().mapToDouble(m -> m.score * m.weight).sum();
        double weight = metrics.stream().mapToDouble(m -> m.weight).sum();
        // the rules round the average half up to the same places: it is at most the cut-off once rounded when it is
        // below the cut-off plus half a unit of the last place (less a hair, for floating point)
        double needed = sum - (cutoff + 0.5 / Math.pow(10, decimals) - ROUNDING_MARGIN) * weight;
        if (metrics.isEmpty() || needed <= TOLERANCE) {
            return "";
        }
        metrics.sort(Comparator.comparingDouble((Metric m) -> -m.weight * (m.score - best)).thenComparing(m -> m.item));
        List<String> steps = new ArrayList<>();
        for (Metric metric : metrics) {
            double gain = metric.weight * (metric.score - best);
            if (gain <= TOLERANCE) {
                break;
            }
            double target = gain >= needed - TOLERANCE ? metric.score - needed / metric.weight : best;
            steps.add(metric.item + " " + text(metric.score, decimals, RoundingMode.HALF_UP) + " to "
                    + text(Math.max(best, target) + TOLERANCE, decimals, RoundingMode.FLOOR));
            needed -= gain;
            if (needed <= TOLERANCE) {
                return String.join("; ", steps);
            }
        }
        return "not reachable: every metric at the best score " + text(best, decimals, RoundingMode.HALF_UP)
                + " would still leave the average above " + text(cutoff, decimals, RoundingMode.HALF_UP);
    }

    private record Metric(String item, double score, double weight) {
    }

    private static List<Metric> metrics(List<?> weighted, List<?> weights) {
        if (weighted == null || weights == null) {
            throw new IllegalArgumentException("weighted scores and weights are required (empty, not null)");
        }
        if (weighted.size() > MAX_METRICS) {
            throw new IllegalArgumentException("at most " + MAX_METRICS + " metrics, not " + weighted.size());
        }
        Map<String, Double> weightOf = new TreeMap<>();
        for (Object fact : weights) {
            Score weight = score(fact, "weights");
            weightOf.put(weight.item(), weight.points());
        }
        List<Metric> metrics = new ArrayList<>();
        for (Object fact : weighted) {
            Score score = score(fact, "weighted scores");
            Double weight = weightOf.get(score.item());
            if (weight == null || !(weight > 0) || weight.isInfinite() || !Double.isFinite(score.points())) {
                throw new IllegalArgumentException("the weight of " + score.item() + " must be a positive finite number, not " + weight);
            }
            metrics.add(new Metric(score.item(), score.points() / weight, weight));
        }
        return metrics;
    }

    private static Score score(Object fact, String what) {
        if (!(fact instanceof Score score)) {
            throw new IllegalArgumentException(what + " must be Score facts, not " + fact);
        }
        return score;
    }

    /**
     * The score with at most {@code decimals} places, trailing zeros dropped but one kept: 1.0, 2.17. A score needed
     * is rounded down (lower is better), from a hair above it so that 1.8999999999 of floating point stays 1.9.
     */
    private static String text(double score, int decimals, RoundingMode rounding) {
        BigDecimal shortest = BigDecimal.valueOf(score).setScale(decimals, rounding).stripTrailingZeros();
        return (shortest.scale() < 1 ? shortest.setScale(1) : shortest).toPlainString();
    }
}
