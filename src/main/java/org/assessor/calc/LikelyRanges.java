package org.assessor.calc;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assessor.fact.Assessment;
import org.assessor.fact.LikelyRange;
import org.assessor.fact.Param;

/**
 * The likely ranges of the Oversight Framework's average score and league-table rank, by a seeded bootstrap
 * (docs/methodologies/oversight-framework-2025-26.md, likely ranges; method reconstructed): in each sample every trust's metric scores are drawn with replacement
 * and averaged, the average segmented with the quarter's cut-offs and the financial override, and every
 * trust of the type and quarter re-ranked by segment, then average. A trust's ranges are the given
 * percentiles of its samples. One random sequence per call, drawn trust by trust in input-line order and
 * metric by metric in the order given, so the same facts and seed always give the same ranges.
 */
public final class LikelyRanges {
    static final int MAX_SAMPLES = 100_000;
    static final int MAX_SEGMENT = 100;
    /** Averages closer than this to a cut-off or to each other count as equal. */
    private static final double TOLERANCE = 1e-9;

    private LikelyRanges() {
    }

    /**
     * Every trust's likely ranges: the low and high ends of its average (rounded to {@code decimals} places) and of
     * its rank.
     * Work grows with samples x (metric scores + trusts x log trusts); memory with samples x trusts.
     *
     * @param cutoffs         the quarter's segment cut-off {@code Param}s: an average at most a cut-off is in
     *                        that segment or a better one
     * @param weighted        {@code Score}s "weighted" of every trust (points x weight), as the rule collected them
     * @param weights         {@code Score}s "weight", one per weighted score
     * @param deficits        {@code Result}s "financial_deficit": a positive number applies the override
     * @param samples         bootstrap samples, 1..100000
     * @param lowerPercentile the low end's percentile, {@code 0 <= lower <= upper <= 100}
     * @param decimals        places of the averages, 0..10
     * @param lowestSegment   the segment of an average above every cut-off, and the worst any gets, 1..100
     * @param overrideSegment the best segment a trust under the financial override can have, 1..100
     * @throws IllegalArgumentException for an argument outside what is allowed, or facts of the wrong kind
     */
    public static Map<Assessment, LikelyRange> bootstrap(List<?> cutoffs, List<?> weighted, List<?> weights,
            List<?> deficits, int samples, long seed, double lowerPercentile, double upperPercentile, int decimals,
            int lowestSegment, int overrideSegment) {
        Limits.between("bootstrap samples", samples, 1, MAX_SAMPLES);
        if (!(0 <= lowerPercentile && lowerPercentile <= upperPercentile && upperPercentile <= 100)) {
            throw new IllegalArgumentException("percentiles must be 0 <= lower <= upper <= 100, not " + lowerPercentile
                    + " and " + upperPercentile);
        }
        Limits.decimals(decimals);
        Limits.between("the lowest segment", lowestSegment, 1, MAX_SEGMENT);
        Limits.between("the override segment", overrideSegment, 1, MAX_SEGMENT);
        if (cutoffs == null || weighted == null || weights == null || deficits == null) {
            throw new IllegalArgumentException("cut-offs, weighted scores, weights and deficits are required (empty, not null)");
        }
        List<BootstrapTrust> trusts = BootstrapTrust.of(weighted, weights, deficits);
        double[][] averages = new double[trusts.size()][samples];
        int[][] ranks = new int[trusts.size()][samples];
        resample(trusts, cuts(cutoffs), samples, seed, decimals, lowestSegment, overrideSegment, averages, ranks);
        return ranges(trusts, averages, ranks, samples, lowerPercentile, upperPercentile);
    }

    /** Fills each trust's average and rank in every sample: one random sequence, trust by trust, sample by sample. */
    private static void resample(List<BootstrapTrust> trusts, double[] cuts, int samples, long seed, int decimals,
                                 int lowestSegment, int overrideSegment, double[][] averages, int[][] ranks) {
        Random random = new Random(seed);
        double scale = Math.pow(10, decimals);
        double[] keys = new double[trusts.size()];
        for (int b = 0; b < samples; b++) {
            for (int t = 0; t < keys.length; t++) {
                BootstrapTrust trust = trusts.get(t);
                double average = trust.resampledAverage(random, scale);
                int segment = segment(average, cuts, lowestSegment);
                averages[t][b] = average;
                keys[t] = (trust.deficit() ? Math.max(segment, overrideSegment) : segment) * 1000 + average;
            }
            rank(keys, ranks, b);
        }
    }

    /** Each trust's percentiles: the sorted samples at the percentile's share of them, rounded up, counted from 1. */
    private static Map<Assessment, LikelyRange> ranges(List<BootstrapTrust> trusts, double[][] averages, int[][] ranks,
                                                       int samples, double lowerPercentile, double upperPercentile) {
        int low = Math.max(0, (int) Math.ceil(lowerPercentile / 100.0 * samples) - 1);
        int high = Math.min(samples - 1, (int) Math.ceil(upperPercentile / 100.0 * samples) - 1);
        Map<Assessment, LikelyRange> ranges = new HashMap<>();
        for (int t = 0; t < trusts.size(); t++) {
            Arrays.sort(averages[t]);
            Arrays.sort(ranks[t]);
            ranges.put(trusts.get(t).assessment(), new LikelyRange(averages[t][low], averages[t][high], ranks[t][low], ranks[t][high]));
        }
        return ranges;
    }

    /** The first segment whose cut-off the average does not exceed, else the one after the last; at most {@code lowest}. */
    static int segment(double average, double[] cuts, int lowest) {
        int segment = 1;
        while (segment <= cuts.length && average > cuts[segment - 1] + TOLERANCE) {
            segment++;
        }
        return Math.min(segment, lowest);
    }

    /** Sample {@code b}'s rank of each trust: 1 + the trusts whose key is lower by more than the tolerance. */
    static void rank(double[] keys, int[][] ranks, int b) {
        double[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (int t = 0; t < keys.length; t++) {
            ranks[t][b] = below(sorted, keys[t] - TOLERANCE) + 1;
        }
    }

    /** How many of the ascending {@code sorted} are below {@code x}. */
    private static int below(double[] sorted, double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The cut-off parameters' numbers, ascending; each must be a Param with a finite number. */
    static double[] cuts(List<?> cutoffs) {
        double[] cuts = new double[cutoffs.size()];
        for (int i = 0; i < cuts.length; i++) {
            if (!(cutoffs.get(i) instanceof Param param) || param.number() == null || !Double.isFinite(param.number())) {
                throw new IllegalArgumentException("cut-offs must be Params with a finite number, not " + cutoffs.get(i));
            }
            cuts[i] = param.number();
        }
        Arrays.sort(cuts);
        return cuts;
    }
}
