package org.assessor.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Explanations, sources and inputs are text that compresses several times over; gzip keeps them readable by any tool. */
final class Gzip {
    private Gzip() {
    }

    static byte[] text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(byte[] text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length / 4 + 64);
        try (GZIPOutputStream out = fast(bytes)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The fastest level: a run stores one explanation per rating, and it still shrinks them about five times. */
    private static GZIPOutputStream fast(ByteArrayOutputStream bytes) throws IOException {
        return new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    static String string(byte[] gzip) {
        try (InputStream in = stream(gzip)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(byte[] gzip) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gzip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
