package org.assessor.input;

import java.nio.charset.StandardCharsets;

import org.assessor.system.ProblemException;

/**
 * Where a byte that is not UTF-8 sits: its line, its CSV column and the value it spoils, shown with
 * the bad bytes as {@code \xE9} so the user can find it in a file their editor shows differently.
 */
record BadByte(long line, int column, String value, int badByte) {

    static BadByte at(byte[] bytes, int position, int length) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        // Count the delimiters outside quotes: good enough to point at the field on this line
        int column = 1;
        int fieldStart = lineStart;
        boolean quoted = false;
        for (int i = lineStart; i < position; i++) {
            if (bytes[i] == '"') {
                quoted = !quoted;
            } else if (bytes[i] == ',' && !quoted) {
                column++;
                fieldStart = i + 1;
            }
        }
        int fieldEnd = position + length;
        while (fieldEnd < bytes.length && bytes[fieldEnd] != ',' && bytes[fieldEnd] != '\n' && bytes[fieldEnd] != '\r') {
            fieldEnd++;
        }
        return new BadByte(line, column, show(bytes, fieldStart, fieldEnd), bytes[position] & 0xFF);
    }

    ProblemException report(InputProblems problems) {
        return problems.fatal(line, column, String.format("invalid UTF-8: byte 0x%02X in '%s'; the file must be UTF-8 "
                + "(it looks like Latin-1 or Windows-1252): save it as UTF-8, e.g. \"CSV UTF-8\" in Excel", badByte, value));
    }

    /** The bytes as text: ASCII as is, every other byte as \xHH (the value is for finding, not reading). */
    private static String show(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\x%02X", c)));
        return shown.toString().replace("\"", "");
    }
}
