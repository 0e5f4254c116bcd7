package org.assessor.system;

/**
 * Something wrong in a file a user gave us, with where it is: file, line and column (1-based, 0 when
 * unknown), and {@code at}, the key, YAML path, CSV column or rule it concerns.
 */
public record Problem(String file, int line, int column, String at, String message, boolean warning) {

    public static Problem error(String file, int line, int column, String at, String message) {
        return new Problem(file, line, column, at, message, false);
    }

    public static Problem warning(String file, int line, int column, String at, String message) {
        return new Problem(file, line, column, at, message, true);
    }

    /** Compiler-style text: {@code file:line:column: at: message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "<unknown file>" : file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (warning) {
            text.append("warning: ");
        }
        if (at != null && !at.isEmpty()) {
            text.append(at).append(": ");
        }
        return text.append(message).toString();
    }
}
