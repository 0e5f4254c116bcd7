package org.assessor.input;

/**
 * Which line each character of a text read in order is on. Only the lines not yet asked about are
 * kept: the lines that do not start with a line break, by the offset of their first character.
 */
final class LineStarts {
    private long line = 1;
    private boolean atLineStart = true;
    private boolean afterCr;
    private long[] offsets = new long[64];
    private long[] numbers = new long[64];
    private int head;
    private int size;

    /** The next {@code length} characters of the text, the first at this offset. */
    void scan(char[] text, int from, int length, long offset) {
        for (int i = 0; i < length; i++) {
            next(offset + i, text[from + i]);
        }
    }

    /** The next character of the text, at this offset. \r\n, \n and a lone \r each end a line, as for the CSV parser. */
    private void next(long offset, char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
            atLineStart = true;
        } else if (c == '\r') {
            line++;
            afterCr = true;
            atLineStart = true;
        } else {
            afterCr = false;
            if (atLineStart) {
                add(offset, line);
                atLineStart = false;
            }
        }
    }

    /** The line of the first character at or after this offset that is not a line break; earlier lines are forgotten. */
    long firstNonBlankFrom(long offset) {
        while (size > 0 && offsets[head] < offset) {
            head = (head + 1) % offsets.length;
            size--;
        }
        return size > 0 ? numbers[head] : line;
    }

    /** The first line after this one that is not blank, or the line after it at the end of what was read. */
    long nonBlankAfter(long after) {
        for (int i = 0; i < size; i++) {
            long number = numbers[(head + i) % numbers.length];
            if (number > after) {
                return number;
            }
        }
        return Math.min(after + 1, line);
    }

    private void add(long offset, long number) {
        if (size == offsets.length) {
            grow();
        }
        int tail = (head + size) % offsets.length;
        offsets[tail] = offset;
        numbers[tail] = number;
        size++;
    }

    private void grow() {
        long[] newOffsets = new long[offsets.length * 2];
        long[] newNumbers = new long[numbers.length * 2];
        for (int i = 0; i < size; i++) {
            newOffsets[i] = offsets[(head + i) % offsets.length];
            newNumbers[i] = numbers[(head + i) % numbers.length];
        }
        offsets = newOffsets;
        numbers = newNumbers;
        head = 0;
    }
}
