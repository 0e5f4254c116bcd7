package org.assessor.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assessor.system.ProblemException;

/**
 * Where a byte that is not UTF-8 sits: its line, its CSV column and the value it spoils, shown with
 * the bad bytes as {@code \xE9} so the user can find it in a file their editor shows differently.
 */
record BadByte(long line, int column, String value, int badByte) {

    /**
     * Reads the file again up to the bad byte at this position (the error path can afford a second
     * pass; the reading itself keeps no bytes behind it).
     */
    static BadByte at(Path file, long position, int length) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return at(in, position, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BadByte at(InputStream in, long position, int length) throws IOException {
        long line = 1;
        int column = 1;
        boolean quoted = false;
        int previous = -1;
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        for (long i = 0; i < position; i++) {
            int b = in.read();
            if (b == '\n' && previous != '\r' || b == '\r') {
                line++;
            }
            if (b == '\n' || b == '\r') {
                column = 1;
                quoted = false;
                field.reset();
            } else if (b == '"') {
                // count the delimiters outside quotes: good enough to point at the field on this line
                quoted = !quoted;
                field.write(b);
            } else if (b == ',' && !quoted) {
                column++;
                field.reset();
            } else {
                field.write(b);
            }
            previous = b;
        }
        int bad = in.read();
        field.write(bad);
        for (int i = 1; i < length; i++) {
            field.write(in.read());
        }
        for (int b = in.read(); b >= 0 && b != ',' && b != '\n' && b != '\r'; b = in.read()) {
            field.write(b);
        }
        return new BadByte(line, column, show(field.toByteArray()), bad & 0xFF);
    }

    ProblemException report(InputProblems problems) {
        return problems.fatal(line, column, String.format("invalid UTF-8: byte 0x%02X in '%s'; the file must be UTF-8 "
                + "(it looks like Latin-1 or Windows-1252): save it as UTF-8, e.g. \"CSV UTF-8\" in Excel", badByte, value));
    }

    /** The bytes as text: ASCII as is, every other byte as \xHH (the value is for finding, not reading). */
    private static String show(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\x%02X", c)));
        return shown.toString().replace("\"", "");
    }
}
