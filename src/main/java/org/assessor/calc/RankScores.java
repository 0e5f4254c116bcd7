package org.assessor.calc;

/**
 * A score spread evenly by rank between the best and the worst score: the first of {@code count} trusts
 * scores {@code best}, the last {@code worst}, and ties share the best rank (competition ranking).
 */
public final class RankScores {
    private RankScores() {
    }

    /**
     * {@code best + (worst - best) x better / (count - 1)}, rounded half up to {@code decimals} places; a trust
     * alone ({@code count} 1) scores {@code best}.
     *
     * @param better how many of the {@code count} trusts did better than this one: 0..count-1
     * @param count  the trusts ranked, this one included: at least 1
     * @throws IllegalArgumentException for a count below 1, {@code better} outside 0..count-1, scores that are
     *                                  not finite or decimals outside 0..10
     */
    public static double interpolate(double best, double worst, long better, long count, int decimals) {
        Limits.decimals(decimals);
        Limits.finite("the best score", best);
        Limits.finite("the worst score", worst);
        if (count < 1) {
            throw new IllegalArgumentException("the trusts ranked must be at least 1, not " + count);
        }
        if (better < 0 || better >= count) {
            throw new IllegalArgumentException("the trusts that did better must be 0.." + (count - 1) + " of " + count
                    + ", not " + better);
        }
        double raw = count <= 1 ? best : best + (worst - best) * better / (count - 1.0);
        return Rounding.halfUp(raw, decimals);
    }
}
