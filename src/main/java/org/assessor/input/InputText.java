package org.assessor.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an input file, decoded strictly as UTF-8 (a leading byte-order mark dropped), with where
 * its lines start. Decoding whole, not streamed, is what lets a bad byte be reported on its own line
 * and every record on the line it starts on, blank lines and quoted line breaks included.
 */
final class InputText {
    private static final char BOM = '\uFEFF';

    private final String text;
    private final int[] lineStarts;

    private InputText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // \r\n, \n and a lone \r each end a line, as for the CSV parser
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static InputText decode(byte[] bytes, InputProblems problems) {
        if (utf16(bytes)) {
            throw problems.fatal(1, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw BadByte.at(bytes, in.position(), result.length()).report(problems);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new InputText(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text);
    }

    private static boolean utf16(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
    }

    String text() {
        return text;
    }

    /** The 1-based line of a character offset into {@link #text()}. */
    long lineOf(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /**
     * The line a record starting at this offset is on: the CSV parser gives the offset where it began
     * looking, which is before any blank lines it skipped.
     */
    long recordLine(long offset) {
        int i = (int) offset;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return lineOf(i);
    }

    /** The first line after {@code line} that is not blank: where the parser went on reading. */
    long nextNonBlankLine(long line) {
        long next = line + 1;
        while (next <= lineStarts.length && lineText(next).isBlank()) {
            next++;
        }
        return Math.min(next, lineStarts.length);
    }

    private String lineText(long line) {
        int start = lineStarts[(int) line - 1];
        int end = line < lineStarts.length ? lineStarts[(int) line] : text.length();
        return text.substring(start, end);
    }
}
