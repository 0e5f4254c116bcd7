package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assessor.fact.Assessment;
import org.assessor.fact.Param;
import org.assessor.fact.Score;
import org.junit.jupiter.api.Test;

class RankTargetTest {
    private static final List<Param> CUTS = cutoffs(2.05, 2.3, 2.58);

    @Test
    void inThePeersSegmentTheTrustMustBeAtMostThePeersAverage() {
        assertThat(RankTarget.averageToReach(1, 1.9, CUTS, 4, false, 3)).isEqualTo(1.9);
    }

    @Test
    void aBetterSegmentThanThePeersIsEnoughAtAnyAverageOfIt() {
        // the peer is in segment 2 at 2.12: any average up to segment 1's cut-off 2.05 is ahead, and up to 2.12 level
        assertThat(RankTarget.averageToReach(2, 2.12, CUTS, 4, false, 3)).isEqualTo(2.12);
        // a peer the override holds in segment 3 at 1.9: a trust not in deficit is ahead up to segment 2's cut-off
        assertThat(RankTarget.averageToReach(3, 1.9, CUTS, 4, false, 3)).isEqualTo(2.3);
    }

    @Test
    void theOverrideKeepsATrustInDeficitBehindAPeerInABetterSegment() {
        assertThat(RankTarget.averageToReach(2, 2.12, CUTS, 4, true, 3)).isNaN();
        assertThat(RankTarget.averageToReach(3, 2.2, CUTS, 4, true, 3)).isEqualTo(2.2);
        assertThat(RankTarget.fewestImprovements(List.of(), List.of(), 2, 2.12, CUTS, 4, 1, 3, 1, 2))
                .isEqualTo("not reachable: the financial override keeps the trust in segment 3 or below");
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> RankTarget.averageToReach(1, Double.NaN, CUTS, 4, false, 3))
                .hasMessage("the peer's average must be a finite number, not NaN");
        assertThatThrownBy(() -> RankTarget.averageToReach(1, 2, List.of("x"), 4, false, 3))
                .hasMessage("cut-offs must be Params with a finite number, not x");
        assertThatThrownBy(() -> RankTarget.averageToReach(1, 2, CUTS, 0, false, 3)).hasMessage("the lowest segment must be 1..100, not 0");
    }

    /**
     * Brute force on small peer groups (2 to 8 trusts, 1 to 5 metrics each, some in deficit): for a trust and N, the
     * fewest metrics whose best score would put it N places up, found by trying every subset, is the number the helper
     * improves (none when no subset does), and its improvements applied do put it N places up, peers fixed.
     */
    @Test
    void agreesWithBruteForceOnSmallPeerGroups() {
        Random random = new Random(26);
        int reachable = 0;
        int unreachable = 0;
        for (int round = 0; round < 3000; round++) {
            int trusts = 2 + random.nextInt(7);
            double[][] scores = new double[trusts][];
            boolean[] deficit = new boolean[trusts];
            for (int t = 0; t < trusts; t++) {
                scores[t] = new double[1 + random.nextInt(5)];
                for (int m = 0; m < scores[t].length; m++) {
                    scores[t][m] = 1 + random.nextInt(301) / 100.0;
                }
                deficit[t] = random.nextInt(4) == 0;
            }
            double[] averages = new double[trusts];
            for (int t = 0; t < trusts; t++) {
                averages[t] = average(scores[t]);
            }
            int me = random.nextInt(trusts);
            int rank = rank(me, averages, deficit);
            if (rank == 1) {
                continue;
            }
            int n = 1 + random.nextInt(rank - 1);
            int peer = peerAt(rank - n, me, averages, deficit);
            String answer = RankTarget.fewestImprovements(weighted(scores[me]), weights(scores[me]), segment(averages[peer], deficit[peer]),
                    averages[peer], CUTS, 4, deficit[me] ? 1 : 0, 3, 1, 2);
            int fewest = fewestByBruteForce(me, scores, averages, deficit, rank - n);
            if (fewest < 0) {
                assertThat(answer).as("round %d", round).startsWith("not reachable");
                unreachable++;
            } else {
                assertThat(answer).as("round %d", round).doesNotStartWith("not reachable");
                double[] after = scores[me].clone();
                String[] steps = answer.split("; ");
                for (String step : steps) {
                    String[] parts = step.split(" ");
                    after[Integer.parseInt(parts[0].substring(1))] = Double.parseDouble(parts[3]);
                }
                assertThat(steps).as("round %d: %s", round, answer).hasSize(fewest);
                double[] changed = averages.clone();
                changed[me] = average(after);
                assertThat(rank(me, changed, deficit)).as("round %d: %s", round, answer).isLessThanOrEqualTo(rank - n);
                reachable++;
            }
        }
        assertThat(reachable).isEqualTo(1915);
        assertThat(unreachable).isEqualTo(346);
    }

    /** The smallest number of the trust's metrics whose best score gets it to {@code wanted} or better; -1 if none. */
    private static int fewestByBruteForce(int me, double[][] scores, double[] averages, boolean[] deficit, int wanted) {
        int fewest = -1;
        for (int subset = 0; subset < 1 << scores[me].length; subset++) {
            double[] after = scores[me].clone();
            for (int m = 0; m < after.length; m++) {
                if ((subset >> m & 1) == 1) {
                    after[m] = 1;
                }
            }
            double[] changed = averages.clone();
            changed[me] = average(after);
            if (rank(me, changed, deficit) <= wanted && (fewest < 0 || Integer.bitCount(subset) < fewest)) {
                fewest = Integer.bitCount(subset);
            }
        }
        return fewest;
    }

    /** The peer the rule levels with: the largest rank at most {@code wanted}, the first of tied peers. */
    private static int peerAt(int wanted, int me, double[] averages, boolean[] deficit) {
        int peer = -1;
        int best = 0;
        for (int t = 0; t < averages.length; t++) {
            int r = rank(t, averages, deficit);
            if (t != me && r <= wanted && r > best) {
                best = r;
                peer = t;
            }
        }
        return peer;
    }

    private static int rank(int trust, double[] averages, boolean[] deficit) {
        int ahead = 0;
        for (int t = 0; t < averages.length; t++) {
            ahead += key(averages[t], deficit[t]) < key(averages[trust], deficit[trust]) - 1e-9 ? 1 : 0;
        }
        return ahead + 1;
    }

    private static double key(double average, boolean deficit) {
        return segment(average, deficit) * 1000 + average;
    }

    private static int segment(double average, boolean deficit) {
        int segment = LikelyRanges.segment(average, new double[] {2.05, 2.3, 2.58}, 4);
        return deficit ? Math.max(segment, 3) : segment;
    }

    /** The mean rounded half up to 2 decimals, as the rules round it. */
    private static double average(double[] scores) {
        return Rounding.weightedMean(Arrays.stream(scores).sum(), scores.length, 2);
    }

    private static List<Score> weighted(double[] scores) {
        List<Score> facts = new ArrayList<>();
        Assessment trust = new Assessment(2, "Trust", "s", Map.of(), "q", Map.of());
        for (int m = 0; m < scores.length; m++) {
            facts.add(new Score(trust, "weighted", "M" + m, "domain", scores[m]));
        }
        return facts;
    }

    private static List<Score> weights(double[] scores) {
        List<Score> facts = new ArrayList<>();
        Assessment trust = new Assessment(2, "Trust", "s", Map.of(), "q", Map.of());
        for (int m = 0; m < scores.length; m++) {
            facts.add(new Score(trust, "weight", "M" + m, "domain", 1));
        }
        return facts;
    }

    private static List<Param> cutoffs(double... values) {
        List<Param> cutoffs = new ArrayList<>();
        for (double value : values) {
            cutoffs.add(new Param("segment_cutoffs.s.q." + (cutoffs.size() + 1), "segment_cutoffs.s.q", String.valueOf(cutoffs.size() + 1),
                    value, value, null, null, "cut-off", "test", null, null));
        }
        return cutoffs;
    }
}
