package org.assessor.system;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one way a number is written in everything Assessor reads: input cells, published values, YAML
 * parameters and {@code --set} values. Plain decimal notation only, the same in every locale: an
 * optional minus, digits, and optionally a point followed by digits ({@code 12}, {@code -3.5},
 * {@code 0.25}). Anything else is refused with the reason, never guessed at: {@code 1,5} is neither 15
 * nor 1.5, {@code 1e300} is not a score, {@code 010} is not octal 8 (as YAML 1.1 reads it).
 *
 * <p>A number must be one a {@code double} (what rules compare) holds as written: up to
 * {@value #MAX_DIGITS} significant digits always are, so an accepted text always means exactly the
 * number the rules see, never one silently rounded or overflowed.
 */
public final class NumberText {
    /** Significant digits a double keeps for any decimal; more are accepted only where the double holds them. */
    public static final int MAX_DIGITS = 15;
    /** Longer texts are refused before parsing: no real value needs more, and it bounds the work. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern DIGITS = Pattern.compile("[-+]?[0-9.]*");

    private NumberText() {
    }

    /** A text read as a number: its exact value, or why it is not one (then the value is null). */
    public record Reading(BigDecimal value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Reading read(String text) {
        String problem = problem(text);
        return problem == null ? new Reading(new BigDecimal(text), null) : new Reading(null, problem);
    }

    /** The exact value of a text that {@link #read} accepts; throws for any other. */
    public static BigDecimal value(String text) {
        Reading reading = read(text);
        if (!reading.ok()) {
            throw new IllegalArgumentException(reading.problem());
        }
        return reading.value();
    }

    /** Why the text is not a number in the accepted syntax, to follow "is" in a message; null when it is one. */
    public static String problem(String text) {
        if (text.isEmpty()) {
            return "empty; expected a number";
        }
        if (text.length() > MAX_LENGTH) {
            return "not a number: more than " + MAX_LENGTH + " characters";
        }
        if (PLAIN.matcher(text).matches()) {
            return exact(new BigDecimal(text)) ? null : "too precise: the rules would see it rounded (write at most "
                    + MAX_DIGITS + " significant digits)";
        }
        return "not a number: " + why(text);
    }

    /**
     * Whether the double the rules see is the number as written: its shortest decimal form is the
     * written number. Always so for up to 15 significant digits; also for the 16- or 17-digit form of a
     * double itself ({@code 0.3333333333333333}), never for more digits than the double keeps.
     */
    private static boolean exact(BigDecimal number) {
        double seen = number.doubleValue();
        return Double.isFinite(seen) && new BigDecimal(Double.toString(seen)).compareTo(number) == 0;
    }

    /** The most likely reason, for the message: what the text does that the syntax does not allow. */
    private static String why(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (text.contains(",")) {
            return "commas are not accepted (write 1.5, not 1,5; 1500, not 1,500)";
        }
        if (lower.startsWith("0x") || lower.startsWith("-0x")) {
            return "hexadecimal is not accepted";
        }
        if (text.startsWith("+")) {
            return "a leading + is not accepted";
        }
        if (text.chars().anyMatch(Character::isWhitespace) || text.contains("_") || text.contains("'")) {
            return "spaces, underscores and apostrophes are not accepted inside a number";
        }
        if (lower.matches("-?[0-9.]+e[-+]?[0-9]+")) {
            return "exponents are not accepted (write 1500, not 1.5e3)";
        }
        if (DIGITS.matcher(text).matches() && text.matches("-?0[0-9].*")) {
            return "leading zeros are not accepted (YAML 1.1 reads 010 as octal 8)";
        }
        if (DIGITS.matcher(text).matches() && (text.startsWith(".") || text.startsWith("-.") || text.endsWith("."))) {
            return "a decimal point needs digits on both sides (write 0.5 and 5, not .5 and 5.)";
        }
        return "expected digits with an optional leading - and decimal point, e.g. 12, -3.5 or 0.25";
    }
}
