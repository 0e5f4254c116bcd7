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
import org.assessor.system.Shown;

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
        boolean cut = false;
        int previous = -1;
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        for (long i = 0; i < position; i++) {
            int b = in.read();
            if (b == '\n' && previous != '\r' || b == '\r') {
                line++;
            }
            if (b == '\n' || b == '\r' || b == ',' && !quoted) {
                column = b == ',' ? column + 1 : 1;
                quoted = false;
                field.reset();
                cut = false;
            } else {
                // count the delimiters outside quotes: good enough to point at the field on this line
                quoted ^= b == '"';
                field.write(b);
            }
            if (field.size() > 2 * Shown.MAX) {
                // a long value: only the part just before the bad byte is shown
                byte[] tail = field.toByteArray();
                field.reset();
                field.write(tail, tail.length - Shown.MAX / 2, Shown.MAX / 2);
                cut = true;
            }
            previous = b;
        }
        int bad = in.read();
        StringBuilder value = new StringBuilder(cut ? "…" : "").append(show(field.toByteArray()));
        field.reset();
        field.write(bad);
        for (int i = 1; i < length; i++) {
            field.write(in.read());
        }
        // the rest of the value, as much as a message shows
        for (int b = in.read(); b >= 0 && b != ',' && b != '\n' && b != '\r'; b = in.read()) {
            if (field.size() > Shown.MAX / 2) {
                value.append(show(field.toByteArray())).append('…');
                return new BadByte(line, column, value.toString(), bad & 0xFF);
            }
            field.write(b);
        }
        return new BadByte(line, column, value.append(show(field.toByteArray())).toString(), bad & 0xFF);
    }

    ProblemException report(InputProblems problems) {
        return problems.fatal(line, column, String.format("invalid UTF-8: byte 0x%02X in '%s'; the file must be UTF-8 "
                + "(it looks like Latin-1 or Windows-1252): save it as UTF-8, e.g. \"CSV UTF-8\" in Excel", badByte, value));
    }

    /** The bytes as text: ASCII as is, every other byte as \xHH (the value is for finding, not reading). */
    private static String show(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c)));
        return shown.toString().replace("\"", "");
    }
}
