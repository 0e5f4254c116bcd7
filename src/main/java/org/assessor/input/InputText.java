package org.assessor.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.assessor.system.Encoding;

/**
 * The text of an input file, decoded strictly as UTF-8 as it is read (a leading byte-order mark
 * dropped), knowing which line each character is on. It keeps only the lines the CSV parser has read
 * ahead, so memory stays flat however long the file is; a bad byte is reported on its own line and
 * column, and every record on the line it starts on, blank lines and quoted line breaks included.
 * Its CSV structure is checked as it is read ({@link CsvShape}), so syntax errors are reported in the
 * project's words, with their line and column, before the parser meets them.
 */
final class InputText extends Reader {
    private static final char BOM = '\uFEFF';
    private static final int CHUNK = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final InputProblems problems;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHUNK).flip();
    private final LineStarts lines = new LineStarts();
    private final CsvShape shape;
    private long bytesBefore;
    private long offset;
    private boolean ended;

    InputText(Path file, InputStream in, InputProblems problems) {
        this.file = file;
        this.in = in;
        this.problems = problems;
        this.shape = new CsvShape(problems);
    }

    /** Bytes of the file read so far: how far through the file the reading is. */
    long bytesRead() {
        return bytesBefore + bytes.position();
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            shape.end();
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, from, n);
        lines.scan(buffer, from, n, offset);
        shape.scan(buffer, from, n);
        offset += n;
        return n;
    }

    /** Decodes the next chunk; false at the end of the file. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !ended) {
            bytesBefore += bytes.position();
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            bytes.position(bytes.position() + Math.max(read, 0)).flip();
            ended = read < 0;
            if (bytesBefore == 0) {
                checkEncoding();
            }
            CoderResult result = decoder.decode(bytes, chars, ended);
            if (result.isError()) {
                throw BadByte.at(file, bytesBefore + bytes.position(), result.length()).report(problems);
            }
            if (ended) {
                decoder.flush(chars);
            }
            if (offset == 0 && chars.position() > 0 && chars.get(0) == BOM) {
                chars.flip().get();
                chars.compact();
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /** A file in UTF-16 or UTF-32 decodes as UTF-8 without an error, into text full of NULs: it is named instead. */
    private void checkEncoding() {
        byte[] head = new byte[Math.min(4, bytes.remaining())];
        bytes.get(0, head);
        String foreign = Encoding.foreign(head, head.length);
        if (foreign != null) {
            throw problems.fatal(1, 1, "the file is " + foreign + "; save it as UTF-8");
        }
    }

    /**
     * The line a record starting at this offset is on: the CSV parser gives the offset where it began
     * looking, which is before any blank lines it skipped. Records are asked for in file order, so the
     * lines before this one are forgotten.
     */
    long recordLine(long at) {
        return lines.firstNonBlankFrom(at);
    }

    /** The first line after {@code line} that is not blank: where the parser went on reading. */
    long nextNonBlankLine(long line) {
        return lines.nonBlankAfter(line);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
