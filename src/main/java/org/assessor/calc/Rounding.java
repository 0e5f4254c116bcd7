package org.assessor.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding half up, on the decimal a number is written as: {@code 2.675} rounds to {@code 2.68}, though the
 * nearest double to it lies just below, because published scores are decimals, not binary fractions.
 */
public final class Rounding {
    private Rounding() {
    }

    /**
     * {@code value} rounded half up to {@code decimals} places (0..10) of its shortest decimal form.
     *
     * @throws IllegalArgumentException for decimals outside 0..10 or a value that is not finite
     */
    public static double halfUp(double value, int decimals) {
        Limits.decimals(decimals);
        Limits.finite("a value to round", value);
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The weighted mean {@code weightedSum / weights}, rounded half up to {@code decimals} places (0..10).
     * The sum is first rounded half up to 9 decimals, which drops the binary noise that adding scores times
     * weights leaves (1.1 + 2.2 is 3.3000000000000003), so the mean of published decimals rounds as written.
     *
     * @throws IllegalArgumentException for decimals outside 0..10, a sum that is not finite, or weights that
     *                                  are not a positive finite number
     */
    public static double weightedMean(double weightedSum, double weights, int decimals) {
        Limits.decimals(decimals);
        Limits.finite("a weighted sum", weightedSum);
        if (!(weights > 0) || !Double.isFinite(weights)) {
            throw new IllegalArgumentException("weights must be a positive finite number, not " + weights);
        }
        return BigDecimal.valueOf(weightedSum).setScale(9, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(weights), decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
