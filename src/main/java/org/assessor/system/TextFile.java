package org.assessor.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole text file a user wrote (a methodology's YAML or DRL), strictly: no larger than a cap
 * checked before reading, UTF-8 (a leading byte-order mark dropped), without NUL bytes. Every refusal
 * is a problem at the file's line and column, in words a user can act on.
 */
public final class TextFile {
    private TextFile() {
    }

    /** @param maxBytes the largest file accepted; its size is checked before a byte is read */
    public static String read(Path file, long maxBytes) {
        String name = file.toString();
        byte[] bytes = bytes(file, maxBytes);
        String foreign = Encoding.foreign(bytes, Math.min(bytes.length, 4));
        if (foreign != null) {
            throw new ProblemException(Encoding.problem(name, foreign));
        }
        String text = decode(name, bytes);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ProblemException(at(name, text, nul, "a NUL character (\\x00): this is not a text file, "
                    + "or parts of it are not UTF-8"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] bytes(Path file, long maxBytes) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ProblemException(Problem.error(name, 0, 0, null, "this is a folder; expected a file"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ProblemException(Problem.error(name, 0, 0, null, String.format(
                        "the file is %,d bytes; at most %,d are read (a larger file is not a methodology file)", size, maxBytes)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.error(name, 0, 0, null, "file not found"));
        } catch (AccessDeniedException e) {
            throw new ProblemException(Problem.error(name, 0, 0, null, "cannot read the file: permission denied"));
        } catch (IOException e) {
            throw new ProblemException(Problem.error(name, 0, 0, null, "cannot read the file: " + IoReason.of(e)));
        }
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString();
            int bad = bytes[in.position()] & 0xFF;
            throw new ProblemException(at(name, before, before.length(), String.format("invalid UTF-8: byte 0x%02X; the file "
                    + "must be UTF-8 (it looks like Latin-1 or Windows-1252): save it as UTF-8", bad)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A problem at the line and column of the character at this offset of the text. */
    private static Problem at(String name, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return Problem.error(name, line, offset - lineStart + 1, null, message);
    }
}
