package org.assessor.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.assessor.fact.Assessment;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;

/**
 * The consequence of the likely-range rule as it was written in rules/oversight-framework-2025-26/3-likely-ranges.drl
 * before the bootstrap moved into {@link LikelyRanges} (commit ed8b097), copied verbatim but for its inserts, which
 * here collect "average range|rank range" per trust, and its locale: the oracle the helper must agree with, draw
 * for draw.
 */
final class OldLikelyRangeConsequence {
    private OldLikelyRangeConsequence() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Map<Assessment, String> run(List $cutoffs, List $weighted, List $weights, List $deficits, Double $samples, Double $seed,
                                       Double $low, Double $high, Double $dec, Double $lowest, Double $best) {
        Map<Assessment, String> inserted = new LinkedHashMap<>();
        double scale = Math.pow(10, $dec.intValue());
        double[] cuts = new double[$cutoffs.size()];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = ((Param) $cutoffs.get(i)).number();
        }
        Arrays.sort(cuts);
        Map<Assessment, List<double[]>> items = new LinkedHashMap<>();
        Map<Assessment, Map<String, Double>> weightOf = new java.util.IdentityHashMap<>();
        for (Object o : $weights) {
            Score w = (Score) o;
            if (!weightOf.containsKey(w.assessment())) {
                weightOf.put(w.assessment(), new java.util.HashMap<>());
            }
            weightOf.get(w.assessment()).put(w.item(), w.points());
        }
        List<Assessment> trusts = new ArrayList<>();
        for (Object o : $weighted) {
            Score w = (Score) o;
            if (!items.containsKey(w.assessment())) {
                items.put(w.assessment(), new ArrayList<>());
            }
            double weight = weightOf.get(w.assessment()).get(w.item());
            items.get(w.assessment()).add(new double[] {w.points() / weight, weight});
        }
        trusts.addAll(items.keySet());
        trusts.sort(Comparator.comparingInt(Assessment::getLine));
        Map<Assessment, Boolean> deficit = new java.util.IdentityHashMap<>();
        for (Object o : $deficits) {
            Result r = (Result) o;
            deficit.put(r.getAssessment(), r.getNumber() != null && r.getNumber() > 0);
        }
        int n = trusts.size();
        int samples = $samples.intValue();
        double[][] averages = new double[n][samples];
        double[][] ranks = new double[n][samples];
        Random random = new Random($seed.longValue());
        double[] keys = new double[n];
        for (int b = 0; b < samples; b++) {
            for (int t = 0; t < n; t++) {
                List<double[]> own = items.get(trusts.get(t));
                double sum = 0;
                double weight = 0;
                for (int k = 0; k < own.size(); k++) {
                    double[] item = own.get(random.nextInt(own.size()));
                    sum += item[0] * item[1];
                    weight += item[1];
                }
                double average = Math.round(sum / weight * scale) / scale;
                int segment = 1;
                while (segment <= cuts.length && average > cuts[segment - 1] + 1e-9) {
                    segment++;
                }
                segment = Math.min(segment, $lowest.intValue());
                if (Boolean.TRUE.equals(deficit.get(trusts.get(t)))) {
                    segment = Math.max(segment, $best.intValue());
                }
                averages[t][b] = average;
                keys[t] = segment * 1000 + average;
            }
            for (int t = 0; t < n; t++) {
                int ahead = 0;
                for (int u = 0; u < n; u++) {
                    if (keys[u] < keys[t] - 1e-9) {
                        ahead++;
                    }
                }
                ranks[t][b] = ahead + 1;
            }
        }
        for (int t = 0; t < n; t++) {
            double[] avg = averages[t];
            double[] rank = ranks[t];
            Arrays.sort(avg);
            Arrays.sort(rank);
            int lo = Math.max(0, (int) Math.ceil($low / 100.0 * samples) - 1);
            int hi = Math.min(samples - 1, (int) Math.ceil($high / 100.0 * samples) - 1);
            String format = "%." + $dec.intValue() + "f";
            // the rule formatted in the default locale; the helper writes a decimal point in every locale
            inserted.put(trusts.get(t), String.format(Locale.ROOT, format, avg[lo]) + " - " + String.format(Locale.ROOT, format, avg[hi])
                    + "|" + (int) rank[lo] + " - " + (int) rank[hi]);
        }
        return inserted;
    }
}
