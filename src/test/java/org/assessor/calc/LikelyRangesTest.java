package org.assessor.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.assessor.fact.Assessment;
import org.assessor.fact.LikelyRange;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LikelyRangesTest {
    /** The facts the likely-range rule collects for one type and quarter. */
    private static final class Fixture {
        final List<Param> cutoffs = new ArrayList<>();
        final List<Score> weighted = new ArrayList<>();
        final List<Score> weights = new ArrayList<>();
        final List<Result> deficits = new ArrayList<>();

        Fixture cutoffs(double... values) {
            for (double value : values) {
                cutoffs.add(new Param("segment_cutoffs.s.q." + cutoffs.size(), "segment_cutoffs.s.q", String.valueOf(cutoffs.size() + 1),
                        value, value, null, null, "cut-off", "test", null, null));
            }
            return this;
        }

        /** A trust with the metric scores given, each of weight 1. */
        Assessment trust(int line, boolean deficit, double... scores) {
            Assessment trust = new Assessment(line, "Trust " + line, "s", Map.of(), "q", Map.of());
            for (double score : scores) {
                metric(trust, "M" + weighted.size(), score, 1);
            }
            deficits.add(new Result(trust, "financial_deficit", deficit ? 1 : 0));
            return trust;
        }

        void metric(Assessment trust, String item, double score, double weight) {
            // as the rule "A scored metric counts in the average with its catalogue weight" inserts them
            weighted.add(new Score(trust, "weighted", item, "domain", score * weight));
            weights.add(new Score(trust, "weight", item, "domain", weight));
        }

        Map<Assessment, LikelyRange> bootstrap(int samples, double low, double high, int lowest, int override) {
            return LikelyRanges.bootstrap(cutoffs, weighted, weights, deficits, samples, 20252026, low, high, 2, lowest, override);
        }
    }

    @Test
    void aTrustWithOneMetricDrawsItEveryTimeSoBothRangesAreAPoint() {
        Fixture f = new Fixture().cutoffs(3.0, 2.0, 2.5);
        Assessment a = f.trust(2, false, 1.5);
        Assessment b = f.trust(3, false, 2.2);
        Assessment c = f.trust(4, false, 3.2);
        Map<Assessment, LikelyRange> ranges = f.bootstrap(100, 2.5, 97.5, 4, 3);
        assertThat(ranges).containsOnly(Map.entry(a, new LikelyRange(1.5, 1.5, 1, 1)),
                Map.entry(b, new LikelyRange(2.2, 2.2, 2, 2)), Map.entry(c, new LikelyRange(3.2, 3.2, 3, 3)));
    }

    @Test
    void aTrustInDeficitRanksBehindTrustsInBetterSegmentsWhateverItsAverage() {
        Fixture f = new Fixture().cutoffs(2.0, 2.5, 3.0);
        Assessment a = f.trust(2, true, 1.5);
        Assessment b = f.trust(3, false, 2.2);
        Assessment c = f.trust(4, false, 3.2);
        Map<Assessment, LikelyRange> ranges = f.bootstrap(10, 2.5, 97.5, 4, 3);
        assertThat(ranges.get(a).rank()).isEqualTo("2 to 2");
        assertThat(ranges.get(b).rank()).isEqualTo("1 to 1");
        assertThat(ranges.get(c).rank()).isEqualTo("3 to 3");
        assertThat(ranges.get(a).averageScore()).isEqualTo("1.5 to 1.5");
    }

    @Test
    void theLowestSegmentCapsASegmentBeforeTheOverrideApplies() {
        Fixture f = new Fixture().cutoffs(2.0, 2.5, 3.0);
        Assessment above = f.trust(2, false, 3.5);
        Assessment inDeficit = f.trust(3, true, 1.0);
        // capped at segment 2, the trust above every cut-off ranks before one the override puts in segment 3
        assertThat(f.bootstrap(10, 50, 50, 2, 3).get(above).rank()).isEqualTo("1 to 1");
        assertThat(f.bootstrap(10, 50, 50, 2, 3).get(inDeficit).rank()).isEqualTo("2 to 2");
        // in segment 4 it ranks after it
        assertThat(f.bootstrap(10, 50, 50, 4, 3).get(above).rank()).isEqualTo("2 to 2");
        assertThat(f.bootstrap(10, 50, 50, 4, 3).get(inDeficit).rank()).isEqualTo("1 to 1");
    }

    @Test
    void equalSegmentsAndAveragesShareTheBestRankAndTheNextRankSkips() {
        Fixture f = new Fixture().cutoffs(2.5);
        Assessment first = f.trust(2, false, 2.0);
        Assessment tied = f.trust(3, false, 2.0);
        Assessment best = f.trust(4, false, 1.9);
        Assessment last = f.trust(5, false, 2.1);
        Map<Assessment, LikelyRange> ranges = f.bootstrap(5, 0, 100, 4, 3);
        assertThat(ranges.get(best).rank()).isEqualTo("1 to 1");
        assertThat(ranges.get(first).rank()).isEqualTo("2 to 2");
        assertThat(ranges.get(tied).rank()).isEqualTo("2 to 2");
        assertThat(ranges.get(last).rank()).isEqualTo("4 to 4");
    }

    @Test
    void anAverageAtACutOffOrWithinItsToleranceIsInThatSegment() {
        double[] cuts = {2.0, 2.5, 3.0};
        assertThat(LikelyRanges.segment(2.0, cuts, 4)).isEqualTo(1);
        assertThat(LikelyRanges.segment(2.0 + 1e-10, cuts, 4)).isEqualTo(1);
        assertThat(LikelyRanges.segment(2.01, cuts, 4)).isEqualTo(2);
        assertThat(LikelyRanges.segment(3.0, cuts, 4)).isEqualTo(3);
        assertThat(LikelyRanges.segment(3.01, cuts, 4)).isEqualTo(4);
        assertThat(LikelyRanges.segment(3.01, cuts, 2)).isEqualTo(2);
        assertThat(LikelyRanges.segment(9, new double[0], 4)).isEqualTo(1);
    }

    @Test
    void ranksAgreeWithCountingTheTrustsAheadOneByOne() {
        Random random = new Random(1);
        for (int round = 0; round < 500; round++) {
            double[] keys = new double[1 + random.nextInt(30)];
            for (int t = 0; t < keys.length; t++) {
                keys[t] = (1 + random.nextInt(4)) * 1000 + random.nextInt(12) / 4.0 + (random.nextBoolean() ? 1e-10 : 0);
            }
            int[][] ranks = new int[keys.length][1];
            LikelyRanges.rank(keys, ranks, 0);
            for (int t = 0; t < keys.length; t++) {
                int ahead = 0;
                for (double other : keys) {
                    ahead += other < keys[t] - 1e-9 ? 1 : 0;
                }
                assertThat(ranks[t][0]).isEqualTo(ahead + 1);
            }
        }
    }

    @Test
    void percentilesAreTheSortedSamplesAtTheirRankRoundedUp() {
        Fixture f = new Fixture();
        Assessment trust = f.trust(2, false, 1.0, 3.0);
        // two draws of 1 or 3: averages 1, 2 and 3 with chances 1/4, 1/2 and 1/4
        assertThat(f.bootstrap(1000, 0, 100, 4, 3).get(trust).averageScore()).isEqualTo("1.0 to 3.0");
        assertThat(f.bootstrap(1000, 50, 50, 4, 3).get(trust).averageScore()).isEqualTo("2.0 to 2.0");
        LikelyRange one = f.bootstrap(1, 2.5, 97.5, 4, 3).get(trust);
        assertThat(one.averageScore()).matches("(\\d\\.0) to \\1");
    }

    @Test
    void averagesAreRoundedToTheDecimalsAskedForAndWrittenAsPublishedWithAPointInEveryLocale() {
        Fixture f = new Fixture();
        Assessment trust = f.trust(2, false, 1.0, 2.0, 2.0);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            // three draws of 1, 2 and 2: the median sample averages 5/3
            LikelyRange three = LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 1000, 7, 50, 50, 3, 4, 3).get(trust);
            assertThat(three).isEqualTo(new LikelyRange(1.667, 1.667, 1, 1));
            assertThat(three.averageScore()).isEqualTo("1.667 to 1.667");
            LikelyRange none = LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 1000, 7, 50, 50, 0, 4, 3).get(trust);
            assertThat(none.averageScore()).isEqualTo("2.0 to 2.0");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noScoredTrustGivesNoRanges() {
        Fixture f = new Fixture().cutoffs(2.0);
        f.deficits.add(new Result(new Assessment(2, "Trust 2", "s", Map.of(), "q", Map.of()), "financial_deficit", 1));
        assertThat(f.bootstrap(10, 2.5, 97.5, 4, 3)).isEmpty();
    }

    @Test
    void agreesDrawForDrawWithTheRuleConsequenceItReplaced() {
        Random random = new Random(20252026);
        for (int round = 0; round < 300; round++) {
            Fixture f = randomFixture(random);
            int samples = 1 + random.nextInt(200);
            int seed = random.nextInt(1_000_000);
            double low = random.nextInt(1001) / 10.0;
            double high = low + random.nextInt((int) Math.round((100 - low) * 10) + 1) / 10.0;
            int decimals = random.nextInt(5);
            int lowest = 1 + random.nextInt(5);
            int override = 1 + random.nextInt(5);
            Map<Assessment, String> expected = OldLikelyRangeConsequence.run(f.cutoffs, f.weighted, f.weights, f.deficits,
                    (double) samples, (double) seed, low, high, (double) decimals, (double) lowest, (double) override);
            Map<Assessment, String> actual = new LinkedHashMap<>();
            LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, samples, seed, low, high, decimals, lowest, override)
                    .forEach((trust, range) -> actual.put(trust, asTheConsequenceWroteIt(range, decimals)));
            assertThat(actual).as("round %d", round).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    /** "low - high|low - high", each average with {@code decimals} places: how the replaced consequence wrote the ranges. */
    static String asTheConsequenceWroteIt(LikelyRange range, int decimals) {
        String format = "%." + decimals + "f";
        return String.format(Locale.ROOT, format + " - " + format, range.averageLow(), range.averageHigh()) + "|"
                + range.rankLow() + " - " + range.rankHigh();
    }

    /** Up to 12 trusts in shuffled lines with 0 to 6 metrics of mixed weights, their facts in shuffled order. */
    private static Fixture randomFixture(Random random) {
        Fixture f = new Fixture();
        double[] cuts = new double[random.nextInt(4)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = 1.5 + random.nextInt(200) / 100.0;
        }
        f.cutoffs(cuts);
        List<Integer> lines = new ArrayList<>();
        for (int line = 2; line < 2 + 1 + random.nextInt(12); line++) {
            lines.add(line);
        }
        Collections.shuffle(lines, random);
        double[] weights = {1, 0.5, 1 / 3.0, 2};
        for (int line : lines) {
            Assessment trust = new Assessment(line, "Trust " + line, "s", Map.of(), "q", Map.of());
            for (int m = random.nextInt(7); m > 0; m--) {
                f.metric(trust, "OF" + m, 1 + random.nextInt(301) / 100.0, weights[random.nextInt(weights.length)]);
            }
            if (random.nextInt(4) > 0) {
                f.deficits.add(new Result(trust, "financial_deficit", random.nextInt(3) == 0 ? 1 : 0));
            }
        }
        Collections.shuffle(f.weighted, random);
        Collections.shuffle(f.weights, random);
        return f;
    }

    @Test
    void refusesArgumentsOutsideWhatIsAllowed() {
        Fixture f = new Fixture().cutoffs(2.0);
        f.trust(2, false, 1.5);
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 0, 1, 2.5, 97.5, 2, 4, 3),
                "bootstrap samples must be 1..100000, not 0");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 100_001, 1, 2.5, 97.5, 2, 4, 3),
                "bootstrap samples must be 1..100000, not 100001");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, 97.5, 2.5, 2, 4, 3),
                "percentiles must be 0 <= lower <= upper <= 100, not 97.5 and 2.5");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, -1, 50, 2, 4, 3),
                "percentiles must be 0 <= lower <= upper <= 100, not -1.0 and 50.0");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, 50, 100.5, 2, 4, 3),
                "percentiles must be 0 <= lower <= upper <= 100, not 50.0 and 100.5");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, Double.NaN, 50, 2, 4, 3),
                "percentiles must be 0 <= lower <= upper <= 100, not NaN and 50.0");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, 2.5, 97.5, 11, 4, 3),
                "decimals must be 0..10, not 11");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, 2.5, 97.5, 2, 0, 3),
                "the lowest segment must be 1..100, not 0");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, 2.5, 97.5, 2, 4, 101),
                "the override segment must be 1..100, not 101");
        assertRefused(() -> LikelyRanges.bootstrap(null, f.weighted, f.weights, f.deficits, 10, 1, 2.5, 97.5, 2, 4, 3),
                "cut-offs, weighted scores, weights and deficits are required (empty, not null)");
    }

    @Test
    void refusesFactsOfTheWrongKind() {
        Fixture f = new Fixture().cutoffs(2.0);
        Assessment trust = f.trust(2, false, 1.5);
        assertRefused(() -> LikelyRanges.bootstrap(List.of("2.0"), f.weighted, f.weights, f.deficits, 10, 1, 2.5, 97.5, 2, 4, 3),
                "cut-offs must be Params with a finite number, not 2.0");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.deficits, f.weights, f.deficits, 10, 1, 2.5, 97.5, 2, 4, 3),
                "weighted scores must be Score facts, not financial_deficit=0");
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.weighted, 10, 1, 2.5, 97.5, 2, 4, 3),
                "deficits must be Result facts, not " + f.weighted.get(0));
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, List.of(), f.deficits, 10, 1, 2.5, 97.5, 2, 4, 3),
                "the weight of M0 of Trust 2 (s, q) must be a positive finite number, not null");
        f.metric(trust, "OF9", 150, 1);
        assertRefused(() -> LikelyRanges.bootstrap(f.cutoffs, f.weighted, f.weights, f.deficits, 10, 1, 2.5, 97.5, 2, 4, 3),
                "a metric score must be -100..100 (ranks order by segment x 1000 + average), not 150.0 (OF9 of Trust 2 (s, q))");
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
