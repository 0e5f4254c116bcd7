package org.assessor.calc;

import java.util.List;
import java.util.TreeSet;

/** Lists of texts written the same way in every run, whatever order the rules found them in. */
public final class Texts {
    /**
     * Longest separator and longest result: rule code may nest calls, so a helper must not return much more
     * than it was given (a long separator repeated between many items would multiply at every level).
     */
    static final int MAX_SEPARATOR = 10;
    static final int MAX_RESULT = 10_000;

    private Texts() {
    }

    /**
     * The distinct texts in {@link String#compareTo} order, joined by {@code separator}; an empty list gives "".
     *
     * @throws IllegalArgumentException when the list or separator is null, the separator or the result too long,
     *                                  or an item is not a text
     */
    public static String joinSorted(List<?> texts, String separator) {
        if (texts == null) {
            throw new IllegalArgumentException("texts are required: a list, empty or not, not null");
        }
        if (separator == null || separator.length() > MAX_SEPARATOR) {
            throw new IllegalArgumentException("a separator of at most " + MAX_SEPARATOR + " characters is required, not "
                    + (separator == null ? "null" : "one of " + separator.length()));
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (Object text : texts) {
            if (!(text instanceof String string)) {
                throw new IllegalArgumentException("every item must be a text, not " + text
                        + (text == null ? "" : " (" + text.getClass().getSimpleName() + ")"));
            }
            sorted.add(string);
        }
        long length = sorted.stream().mapToLong(String::length).sum() + (long) separator.length() * Math.max(0, sorted.size() - 1);
        if (length > MAX_RESULT) {
            throw new IllegalArgumentException("the joined texts would be " + length + " characters long; at most "
                    + MAX_RESULT + " are allowed");
        }
        return String.join(separator, sorted);
    }
}
