package org.assessor.explanation;

import java.math.BigDecimal;

/** Numbers as people write them: 4 not 4.0, 2.25 not 2.2500000001. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Any result value as text: numbers formatted, everything else as it is. */
    public static String text(Object value) {
        return value instanceof Number n ? format(n.doubleValue()) : String.valueOf(value);
    }
}
