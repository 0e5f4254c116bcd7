package org.assessor.calc;

import java.util.List;
import java.util.TreeSet;

/** Lists of texts written the same way in every run, whatever order the rules found them in. */
public final class Texts {
    private Texts() {
    }

    /**
     * The distinct texts in {@link String#compareTo} order, joined by {@code separator}; an empty list gives "".
     *
     * @throws IllegalArgumentException when the list or separator is null or an item is not a text
     */
    public static String joinSorted(List<?> texts, String separator) {
        if (texts == null) {
            throw new IllegalArgumentException("texts are required: a list, empty or not, not null");
        }
        if (separator == null) {
            throw new IllegalArgumentException("a separator is required, not null");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (Object text : texts) {
            if (!(text instanceof String string)) {
                throw new IllegalArgumentException("every item must be a text, not " + text
                        + (text == null ? "" : " (" + text.getClass().getSimpleName() + ")"));
            }
            sorted.add(string);
        }
        return String.join(separator, sorted);
    }
}
