package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assessor.fact.Assessment;
import org.assessor.fact.Score;
import org.junit.jupiter.api.Test;

class NextSegmentTest {
    private static final Assessment TRUST = new Assessment(2, "Trust 2", "s", Map.of(), "q", Map.of());

    private final List<Score> weighted = new ArrayList<>();
    private final List<Score> weights = new ArrayList<>();

    private NextSegmentTest metric(String item, double score, double weight) {
        weighted.add(new Score(TRUST, "weighted", item, "domain", score * weight));
        weights.add(new Score(TRUST, "weight", item, "domain", weight));
        return this;
    }

    @Test
    void anAverageAlreadyAtTheCutOffNeedsNothing() {
        metric("A", 2.0, 1).metric("B", 2.1, 1);
        assertThat(NextSegment.fewestImprovements(weighted, weights, 2.05, 1, 2)).isEmpty();
    }

    @Test
    void theMetricWithMostToGainGoesFirstAndTheLastOnlyAsFarAsNeeded() {
        // average 3.0; rounded to at most 2.3 the sum of 3 scores must be below 6.915: only D moves, to 1.91
        metric("C", 2.0, 1).metric("D", 4.0, 1).metric("E", 3.0, 1);
        assertThat(NextSegment.fewestImprovements(weighted, weights, 2.3, 1, 2)).isEqualTo("D 4.0 to 1.91");
        // to reach 1.5 the sum must be below 4.515: D to 1.0, then E 3.0 to 1.51
        assertThat(NextSegment.fewestImprovements(weighted, weights, 1.5, 1, 2)).isEqualTo("D 4.0 to 1.0; E 3.0 to 1.51");
    }

    @Test
    void anInfectionMetricAtOneThirdGainsAThirdAsMuch() {
        metric("OF1005", 3.0, 1).metric("MRSA", 4.0, 1 / 3.0).metric("ECOLI", 4.0, 1 / 3.0).metric("CDIFF", 4.0, 1 / 3.0);
        // average (3 + 4) / 2 = 3.5; to reach 3.0 the weighted sum (7 of weight 2) must lose 1: OF1005 gains 2, MRSA 1
        assertThat(NextSegment.fewestImprovements(weighted, weights, 3.0, 1, 2)).isEqualTo("OF1005 3.0 to 2.0");
    }

    @Test
    void aCutOffBelowEveryMetricAtBestIsNotReachable() {
        metric("A", 2.0, 1);
        assertThat(NextSegment.fewestImprovements(weighted, weights, 0.5, 1, 2))
                .isEqualTo("not reachable: every metric at the best score 1.0 would still leave the average above 0.5");
    }

    /**
     * Brute force over every subset of up to 7 metrics of a trust in a small peer group: the fewest metrics that can
     * reach the cut-off (each subset at the best score; the average rounded half up to 2 decimals as the rules round it)
     * is the number the helper improves, its improvements applied bring the rounded average to the cut-off, and the
     * last one is the smallest that does at two decimals.
     */
    @Test
    void agreesWithBruteForceOverEverySubsetOfTheMetrics() {
        Random random = new Random(16);
        int reachable = 0;
        for (int round = 0; round < 2000; round++) {
            weighted.clear();
            weights.clear();
            int n = 1 + random.nextInt(7);
            double[] scores = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                scores[i] = 1 + random.nextInt(301) / 100.0;
                w[i] = random.nextInt(4) == 0 ? 1 / 3.0 : 1;
                metric("M" + i, scores[i], w[i]);
            }
            double cutoff = 1 + random.nextInt(300) / 100.0;
            String answer = NextSegment.fewestImprovements(weighted, weights, cutoff, 1, 2);
            int fewest = fewestByBruteForce(scores, w, cutoff);
            if (fewest == 0) {
                assertThat(answer).as("round %d", round).isEmpty();
            } else if (fewest < 0) {
                assertThat(answer).as("round %d", round).startsWith("not reachable");
            } else {
                reachable++;
                Map<String, Double> after = applied(answer);
                assertThat(after).as("round %d: %s", round, answer).hasSize(fewest);
                assertThat(rounded(average(scores, w, after))).as("round %d: %s", round, answer).isLessThanOrEqualTo(cutoff + 1e-9);
                String last = answer.substring(answer.lastIndexOf(' ') + 1);
                String lastItem = answer.substring(answer.lastIndexOf(';') + 1).trim().split(" ")[0];
                if (Double.parseDouble(last) > 1) {
                    after.put(lastItem, Double.parseDouble(last) + 0.01);
                    assertThat(average(scores, w, after)).as("round %d: %s", round, answer).isGreaterThan(cutoff - 1e-9);
                }
            }
        }
        assertThat(reachable).as("rounds whose trust needs improvements (the others need none or cannot)").isEqualTo(1049);
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> NextSegment.fewestImprovements(null, weights, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NextSegment.fewestImprovements(List.of("x"), List.of(), 2, 1, 2))
                .hasMessage("weighted scores must be Score facts, not x");
        assertThatThrownBy(() -> NextSegment.fewestImprovements(weighted, weights, Double.NaN, 1, 2))
                .hasMessage("the cut-off must be a finite number, not NaN");
        assertThatThrownBy(() -> NextSegment.fewestImprovements(weighted, weights, 2, 1, 11)).hasMessage("decimals must be 0..10, not 11");
    }

    /** The size of the smallest subset that reaches the cut-off at the best score; 0 if none is needed, -1 if none does. */
    private static int fewestByBruteForce(double[] scores, double[] w, double cutoff) {
        int n = scores.length;
        int fewest = -1;
        for (int subset = 0; subset < 1 << n; subset++) {
            double sum = 0;
            double weight = 0;
            for (int i = 0; i < n; i++) {
                sum += ((subset >> i & 1) == 1 ? 1 : scores[i]) * w[i];
                weight += w[i];
            }
            if (rounded(sum / weight) <= cutoff + 1e-9 && (fewest < 0 || Integer.bitCount(subset) < fewest)) {
                fewest = Integer.bitCount(subset);
            }
        }
        return fewest;
    }

    /** Half up to 2 decimals, as the rules round the average. */
    private static double rounded(double average) {
        return Rounding.weightedMean(average, 1, 2);
    }

    private static Map<String, Double> applied(String answer) {
        Map<String, Double> after = new HashMap<>();
        for (String step : answer.split("; ")) {
            String[] parts = step.split(" ");
            after.put(parts[0], Double.parseDouble(parts[3]));
        }
        return after;
    }

    private static double average(double[] scores, double[] w, Map<String, Double> after) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += after.getOrDefault("M" + i, scores[i]) * w[i];
            weight += w[i];
        }
        return sum / weight;
    }
}
