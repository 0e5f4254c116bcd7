package org.assessor.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Assessment;
import org.assessor.methodology.Methodology;
import org.assessor.system.NumberText;
import org.assessor.system.Shown;

/**
 * Compares what an input file publishes with what the methodology computes: each published value the
 * methodology maps to a result ({@code published_results}, or a published id equal to a result name,
 * as the {@code expected_*} columns of a wide file) is checked for every assessment. Numbers are equal when
 * they differ by at most the tolerance the user gives (none by default): a published figure rounded
 * differently from the computed one can be told apart from a wrong one.
 */
public final class Verifier {
    /** What a double's last bits may differ by: numbers that print the same are equal even with no tolerance. */
    private static final double FLOATING_POINT = 1e-9;

    /** One published value that the computed result does not reproduce. */
    public record Discrepancy(Assessment assessment, String published, String result, String publishedValue,
                              String computedValue) {
        @Override
        public String toString() {
            return assessment + ": " + published + (published.equals(result) ? "" : " (" + result + ")") + " published "
                    + shown(publishedValue) + ", computed " + (computedValue == null ? "nothing" : computedValue);
        }
    }

    /** A published value as the file has it, unless it is long or holds control characters. */
    private static String shown(String value) {
        String escaped = Shown.escaped(value);
        return escaped.equals(value) && value.length() <= Shown.MAX ? value : Shown.quoted(value);
    }

    /** Per published id: how many values were checked, how many matched, and how many of those only within the tolerance. */
    public record Tally(String published, String result, int checked, int matched, int withinTolerance) {
    }

    public record Report(List<Discrepancy> discrepancies, List<Tally> tallies, BigDecimal tolerance) {
        public boolean clean() {
            return discrepancies.isEmpty();
        }
    }

    private Verifier() {
    }

    /** Exact comparison of numbers. */
    public static Report verify(Methodology methodology, List<Rating> ratings) {
        return verify(methodology, ratings, BigDecimal.ZERO);
    }

    /** @param tolerance how far a computed number may be from the published one and still reproduce it; at least 0 */
    public static Report verify(Methodology methodology, List<Rating> ratings, BigDecimal tolerance) {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("a tolerance is at least 0, not " + tolerance.toPlainString());
        }
        List<Discrepancy> discrepancies = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> resultOf = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            for (PublishedValue value : PublishedValue.of(methodology, rating.assessment().getPublished(), rating.results())) {
                resultOf.put(value.published(), value.result());
                int[] count = counts.computeIfAbsent(value.published(), k -> new int[3]);
                count[0]++;
                if (value.reproduced(0)) {
                    count[1]++;
                } else if (value.reproduced(tolerance.doubleValue())) {
                    count[1]++;
                    count[2]++;
                } else {
                    discrepancies.add(new Discrepancy(rating.assessment(), value.published(), value.result(), value.publishedValue(),
                            value.computedText()));
                }
            }
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((published, count) -> tallies.add(new Tally(published, resultOf.get(published), count[0], count[1], count[2])));
        return new Report(discrepancies, tallies, tolerance);
    }

    static boolean same(String published, Object computed, double tolerance) {
        if (computed == null) {
            return false;
        }
        // a published number is read in the one syntax: "1,5" is not 1.5 (nor 15), and shows as a discrepancy
        NumberText.Reading p = NumberText.read(published.strip());
        NumberText.Reading c = computed instanceof Number n ? new NumberText.Reading(BigDecimal.valueOf(n.doubleValue()), null)
                : NumberText.read(computed.toString());
        if (p.ok() && c.ok()) {
            return Math.abs(p.value().doubleValue() - c.value().doubleValue()) <= tolerance + FLOATING_POINT;
        }
        return published.strip().equalsIgnoreCase(Numbers.text(computed));
    }
}
