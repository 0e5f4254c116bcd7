package org.assessor.input;

import org.assessor.system.Shown;

/**
 * Follows the CSV structure of an input as its text is read, a character at a time, ahead of the CSV
 * parser, so that what the parser would reject in its own words (with a position that is not a line)
 * is reported first in ours, with line and column (the field's number): a double quote never closed,
 * text after a closing quote, a value over {@value #MAX_FIELD} characters (before the parser holds it
 * all), and characters that are not text. It reads quotes as commons-csv's default format does: a
 * value is quoted only when its first character is a double quote.
 */
final class CsvShape {
    /**
     * The longest value accepted: ten times the longest in the published files (a 94-character metric
     * description). A longer one is a mistake (often an unclosed quote) and would be printed back and
     * held in memory whole.
     */
    static final int MAX_FIELD = 1_000;

    private enum State { FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSE }

    private final InputProblems problems;
    private State state = State.FIELD_START;
    private long line = 1;
    private int column = 1;
    private long fieldLine = 1;
    private int length;
    private boolean afterCr;
    private boolean badCharacterReported;

    CsvShape(InputProblems problems) {
        this.problems = problems;
    }

    /** The next {@code length} characters of the text. */
    void scan(char[] text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            // most characters are printable ASCII inside an unquoted value: counted without the state machine
            if (state == State.PLAIN && c >= ' ' && c < 0x7F && c != ',' && length < MAX_FIELD) {
                length++;
                afterCr = false;
            } else {
                next(c);
            }
        }
    }

    /** The end of the text: a quoted value still open there was never closed. */
    void end() {
        if (state == State.QUOTED) {
            throw problems.fatal(fieldLine, column, "a double quote opens this value and is never closed; "
                    + "a value holding a comma, a double quote or a line break must be in double quotes, with every "
                    + "double quote inside it doubled, e.g. \"Guy's and St Thomas', \"\"London\"\"\"");
        }
    }

    private void next(char c) {
        if (state == State.FIELD_START) {
            length = 0;
            fieldLine = line;
            badCharacterReported = false;
        }
        boolean lineBreak = c == '\n' || c == '\r';
        if (lineBreak) {
            if (!(c == '\n' && afterCr)) {
                line++;
            }
            afterCr = c == '\r';
        } else {
            afterCr = false;
            checkCharacter(c);
        }
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else {
                    plain(c, lineBreak);
                }
            }
            case PLAIN -> plain(c, lineBreak);
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    grow();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED; // a doubled quote stands for one
                    grow();
                } else {
                    afterClose(c, lineBreak);
                }
            }
            case AFTER_CLOSE -> afterClose(c, lineBreak);
        }
    }

    private void plain(char c, boolean lineBreak) {
        if (c == ',') {
            nextField();
        } else if (lineBreak) {
            nextRecord();
        } else {
            state = State.PLAIN;
            grow();
        }
    }

    /** After a closing quote only spaces may come before the comma or line break, as for the parser. */
    private void afterClose(char c, boolean lineBreak) {
        if (c == ',') {
            nextField();
        } else if (lineBreak) {
            nextRecord();
        } else if (Character.isWhitespace(c)) {
            state = State.AFTER_CLOSE;
        } else {
            throw problems.fatal(line, column, "text after the closing double quote of this value (" + Shown.quoted(String.valueOf(c))
                    + "); a double quote inside a quoted value is written twice (\"\"), and one inside an unquoted value is "
                    + "fine only if the value does not start with it");
        }
    }

    private void nextField() {
        state = State.FIELD_START;
        column++;
    }

    private void nextRecord() {
        state = State.FIELD_START;
        column = 1;
    }

    private void grow() {
        if (++length > MAX_FIELD) {
            String what = state == State.PLAIN ? "a value" : "a quoted value (perhaps its closing double quote is missing)";
            throw problems.fatal(fieldLine, column, String.format("%s longer than %,d characters; no input needs one so long",
                    what, MAX_FIELD));
        }
    }

    /** Text only: no control characters (a tab is fine), no byte-order mark inside the file. */
    private void checkCharacter(char c) {
        boolean control = c < 0x20 && c != '\t' || c == 0x7F || c >= 0x80 && c <= 0x9F;
        if ((control || c == '\uFEFF') && !badCharacterReported) {
            badCharacterReported = true;
            problems.add(line, column, null, (c == '\uFEFF' ? "a byte-order mark (\\uFEFF)" : "a control character ("
                    + Shown.escaped(String.valueOf(c)) + ")") + " in this value; values are plain text: remove it");
        }
    }
}
