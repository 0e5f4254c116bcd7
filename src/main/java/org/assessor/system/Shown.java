package org.assessor.system;

/**
 * A value from a user's file as a message shows it: in quotes, at most {@value #MAX} characters (then
 * with its full length, so a 10 MB cell is not printed back whole), and with every invisible or
 * terminal-controlling character escaped ({@code \x1B}, {@code \t}, {@code \uFEFF}), so that what the
 * message says is what the file holds and a value cannot rewrite the user's terminal.
 */
public final class Shown {
    /** About a line of a terminal: enough to recognise a value, short enough to read the message. */
    public static final int MAX = 80;

    private Shown() {
    }

    /** {@code 'value'}, or {@code 'first 80 characters…' (N characters)} for a longer one. */
    public static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            // a character at a time, so that an escape or a surrogate pair is never cut in two
            String unit = unit(value, i);
            if (shown.length() + unit.length() > MAX) {
                return "'" + shown + "…' (" + String.format("%,d", value.length()) + " characters)";
            }
            shown.append(unit);
            i += unit.length() == 2 && Character.isHighSurrogate(unit.charAt(0)) ? 1 : 0;
        }
        return "'" + shown + "'";
    }

    /** The value with every character that would not show as itself written as an escape. */
    public static String escaped(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            String unit = unit(value, i);
            shown.append(unit);
            i += unit.length() == 2 && Character.isHighSurrogate(unit.charAt(0)) ? 1 : 0;
        }
        return shown.toString();
    }

    /** How the character at i shows: itself, a surrogate pair with its partner, or an escape. */
    private static String unit(String value, int i) {
        char c = value.charAt(i);
        String escape = escape(c, value, i);
        if (escape != null) {
            return escape;
        }
        return Character.isHighSurrogate(c) ? value.substring(i, i + 2) : String.valueOf(c);
    }

    private static String escape(char c, String value, int i) {
        if (c == '\t') {
            return "\\t";
        }
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format("\\x%02X", (int) c);
        }
        if (invisible(c) || Character.isSurrogate(c) && !paired(value, i)) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /**
     * C1 controls, the byte-order mark, zero-width and direction-changing characters, and the spaces
     * that are not the ASCII space (a no-break space looks like one, but a value holding it is refused).
     */
    private static boolean invisible(char c) {
        return c >= 0x80 && c <= 0xA0 || c == 0xAD || c == 0xFEFF || c >= 0x2000 && c <= 0x200F || c >= 0x2028 && c <= 0x202F
                || c >= 0x205F && c <= 0x2069 || c == 0x3000;
    }

    private static boolean paired(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
