package org.assessor.calc;

import java.util.List;


/**
 * The highest average metric score at which a trust would be level with or ahead of a peer in the league table, its
 * peers fixed: the league table orders by segment (1 best), then average (lower better), and the trust's segment
 * follows from its average by the quarter's cut-offs, no better than the override segment when it is in deficit.
 * Being in a better segment than the peer is enough at any average of that segment; in the peer's segment the
 * trust's average must be at most the peer's.
 */
public final class RankTarget {
    private RankTarget() {
    }

    /**
     * The highest average that reaches the peer, or NaN when none does (the override holds the trust behind it).
     *
     * @param peerSegment     the peer's adjusted segment
     * @param peerAverage     the peer's average metric score
     * @param cutoffs         the quarter's cut-off {@code Param}s: an average at most a cut-off is in that segment or better
     * @param lowestSegment   the segment above every cut-off, 1..100
     * @param deficit         whether the financial override applies to the trust
     * @param overrideSegment the best segment the override allows, 1..100
     */
    public static double averageToReach(double peerSegment, double peerAverage, List<?> cutoffs, int lowestSegment,
                                        boolean deficit, int overrideSegment) {
        Limits.finite("the peer's average", peerAverage);
        Limits.between("the lowest segment", lowestSegment, 1, LikelyRanges.MAX_SEGMENT);
        Limits.between("the override segment", overrideSegment, 1, LikelyRanges.MAX_SEGMENT);
        double[] cuts = cuts(cutoffs);
        int best = deficit ? overrideSegment : 1;
        double target = Double.NaN;
        // ahead of the peer's segment: the highest average of the segment before it, if the trust may be in it
        int ahead = (int) Math.round(peerSegment) - 1;
        if (ahead >= best && ahead >= 1 && ahead <= cuts.length) {
            target = cuts[ahead - 1];
        }
        // in the peer's segment at most the peer's average, if that average puts the trust in it or better
        if (segment(peerAverage, cuts, lowestSegment, deficit, overrideSegment) <= Math.round(peerSegment)) {
            target = Double.isNaN(target) ? peerAverage : Math.max(target, peerAverage);
        }
        return target;
    }

    /**
     * The fewest metric improvements ({@link NextSegment#fewestImprovements}) that bring the trust level with the peer,
     * or "not reachable: ..." when the financial override keeps it behind the peer whatever its metrics. A positive
     * {@code deficit} (the trust's "financial_deficit" result) applies the override.
     */
    public static String fewestImprovements(List<?> weighted, List<?> weights, double peerSegment, double peerAverage,
                                            List<?> cutoffs, int lowestSegment, double deficit, int overrideSegment,
                                            double best, int decimals) {
        double target = averageToReach(peerSegment, peerAverage, cutoffs, lowestSegment, deficit > 0, overrideSegment);
        if (Double.isNaN(target)) {
            return "not reachable: the financial override keeps the trust in segment " + overrideSegment + " or below";
        }
        return NextSegment.fewestImprovements(weighted, weights, target, best, decimals);
    }

    static int segment(double average, double[] cuts, int lowest, boolean deficit, int override) {
        int segment = LikelyRanges.segment(average, cuts, lowest);
        return deficit ? Math.max(segment, override) : segment;
    }

    private static double[] cuts(List<?> cutoffs) {
        if (cutoffs == null) {
            throw new IllegalArgumentException("cut-offs are required (empty, not null)");
        }
        return LikelyRanges.cuts(cutoffs);
    }
}
