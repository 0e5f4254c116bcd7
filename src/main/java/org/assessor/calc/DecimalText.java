package org.assessor.calc;

/**
 * A number published as text, read strictly: a plain decimal such as {@code 2.35}, {@code -1} or {@code 3}.
 * Nothing Java would also accept gets through: no exponent, hexadecimal, {@code NaN}, {@code Infinity},
 * leading plus, thousands commas, spaces or type suffix ({@code 2d}).
 */
public final class DecimalText {
    /** Longer than any published score or value; longer text is not a number someone wrote. */
    static final int MAX_LENGTH = 30;

    private DecimalText() {
    }

    /**
     * The value of {@code text}: an optional minus, one or more digits, then optionally a point and one or
     * more digits; at most 30 characters.
     *
     * @throws IllegalArgumentException naming the text, for anything else
     */
    public static double parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a decimal text is required, not null");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a decimal text has at most " + MAX_LENGTH + " characters, not "
                    + text.length() + ": \"" + text.substring(0, MAX_LENGTH) + "...\"");
        }
        if (!plain(text)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a plain decimal: an optional minus, digits,"
                    + " and an optional point followed by digits, e.g. 2.35, -1 or 3");
        }
        return Double.parseDouble(text);
    }

    private static boolean plain(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        int end = point < 0 ? text.length() : point;
        return digits(text, start, end) && (point < 0 || digits(text, point + 1, text.length()));
    }

    /** One or more ASCII digits from {@code start} to {@code end}. */
    private static boolean digits(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
