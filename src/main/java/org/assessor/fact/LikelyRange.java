package org.assessor.fact;

import java.math.BigDecimal;

/**
 * A trust's likely ranges: of its average score and of its league-table rank, each from its low to its high end.
 * Rules and the league table read them as NHS England publishes them ({@code Likely_range_of_average_score}
 * "1.2 to 1.89", {@code Likely_range_of_rank} "1 to 11"): the low and high ends joined by " to ", an average
 * with its trailing zeros dropped but one decimal kept ("2.0"), a rank as a whole number.
 */
public record LikelyRange(double averageLow, double averageHigh, int rankLow, int rankHigh) {
    private static final String TO = " to ";

    /** The likely range of the average score as published, e.g. "1.2 to 1.89". */
    public String averageScore() {
        return published(averageLow) + TO + published(averageHigh);
    }

    /** The likely range of the rank as published, e.g. "1 to 11". */
    public String rank() {
        return rankLow + TO + rankHigh;
    }

    /** The shortest decimal text of the number with at least one decimal: 2.0, 1.2, 1.89 (never 1.2E+1). */
    static String published(double number) {
        BigDecimal shortest = BigDecimal.valueOf(number).stripTrailingZeros();
        return (shortest.scale() < 1 ? shortest.setScale(1) : shortest).toPlainString();
    }
}
