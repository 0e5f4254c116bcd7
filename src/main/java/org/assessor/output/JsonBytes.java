package org.assessor.output;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;

/**
 * One explanation's JSON, written as UTF-8 bytes straight into an array: the same bytes Jackson's generator writes
 * (JsonBytesTest compares them), without its per-line set-up, write contexts and recycled buffers, which were a
 * fifth of serialising a line, nor the compile time of its inlined paths (JFR, a million ratings). The plain values
 * a rating holds are written here; anything rarer (a string with surrogates, a value of another type, a parameter
 * in full) is written by Jackson and copied in, so the two can never differ.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** Lines nest a few levels; one bit a level says whether a value has been written there yet. */
    private static final int DEEPEST = 63;

    private byte[] bytes;
    private int size;
    private int depth;
    private long written;
    private boolean named;

    JsonBytes(int capacity) {
        bytes = new byte[capacity];
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Empty again, for the next text, keeping the array (unless a rare long text grew it past {@code keep}). */
    JsonBytes reset(int keep) {
        if (bytes.length > keep) {
            bytes = new byte[keep];
        }
        size = 0;
        depth = 0;
        written = 0;
        named = false;
        return this;
    }

    JsonBytes startObject() {
        open('{');
        return this;
    }

    JsonBytes endObject() {
        close('}');
        return this;
    }

    JsonBytes startArray() {
        open('[');
        return this;
    }

    JsonBytes endArray() {
        close(']');
        return this;
    }

    JsonBytes name(String name) {
        separate();
        quoted(name);
        put((byte) ':');
        named = true;
        return this;
    }

    JsonBytes string(String text) {
        if (text == null) {
            return nothing();
        }
        separate();
        quoted(text);
        return this;
    }

    JsonBytes number(long number) {
        separate();
        digits(number);
        return this;
    }

    /**
     * As {@code Double.toString} writes it. Most are whole (scores, points, stars), and for those up to seven digits
     * that text is the digits and ".0": written so, without the general algorithm (2% of a million ratings). Not
     * finite: as Jackson writes it, a string.
     */
    JsonBytes number(double number) {
        long whole = (long) number;
        if (whole == number && Math.abs(whole) < 10_000_000 && (whole != 0 || 1 / number > 0)) {
            separate();
            digits(whole);
            put((byte) '.');
            put((byte) '0');
            return this;
        }
        if (!Double.isFinite(number)) {
            return string(Double.toString(number));
        }
        separate();
        ascii(Double.toString(number));
        return this;
    }

    JsonBytes bool(boolean yes) {
        separate();
        put(yes ? TRUE : FALSE);
        return this;
    }

    JsonBytes nothing() {
        separate();
        put(NULL);
        return this;
    }

    /** A value as Jackson writes it in a map: the plain ones here, any other through Jackson. */
    JsonBytes value(Object value) {
        if (value == null) {
            return nothing();
        } else if (value instanceof String text) {
            return string(text);
        } else if (value instanceof Double number) {
            return number(number.doubleValue());
        } else if (value instanceof Integer || value instanceof Long) {
            return number(((Number) value).longValue());
        } else if (value instanceof Boolean yes) {
            return bool(yes);
        } else if (value instanceof BigDecimal || value instanceof BigInteger) {
            separate();
            ascii(value.toString());
            return this;
        } else if (value instanceof Map<?, ?> map) {
            startObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                name(String.valueOf(entry.getKey()));
                value(entry.getValue());
            }
            return endObject();
        }
        return jackson(g -> g.writePOJO(value));
    }

    /** One value written by Jackson's generator (as the header writes a parameter), copied in. */
    JsonBytes jackson(Consumer<JsonGenerator> write) {
        separate();
        put(byJackson(write));
        return this;
    }

    private static byte[] byJackson(Consumer<JsonGenerator> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = ExplanationsJsonl.JSON.createGenerator(out)) {
            write.accept(g);
        }
        return out.toByteArray();
    }

    private void open(char bracket) {
        separate();
        if (++depth > DEEPEST) {
            throw new IllegalStateException("an explanation nested deeper than " + DEEPEST + " levels");
        }
        written &= ~(1L << depth);
        put((byte) bracket);
    }

    private void close(char bracket) {
        depth--;
        put((byte) bracket);
    }

    /** The comma before a value, unless it is the first at its level or follows its name. */
    private void separate() {
        if (named) {
            named = false;
        } else if ((written & 1L << depth) != 0) {
            put((byte) ',');
        } else {
            written |= 1L << depth;
        }
    }

    private void quoted(String text) {
        // at most six bytes a character (an escape), and the quotes
        ensure(text.length() * 6 + 2);
        int start = size;
        bytes[size++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[size++] = (byte) c;
            } else if (c < 0x80) {
                escaped(c);
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // rare, and Jackson's rules for pairs and lone halves are its own: it writes the whole string
                size = start;
                put(byJackson(g -> g.writeString(text)));
                return;
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        bytes[size++] = '"';
    }


    /** ASCII that JSON escapes, as Jackson does: the short forms where JSON has one, else backslash-u. */
    private void escaped(char c) {
        bytes[size++] = '\\';
        switch (c) {
            case '"', '\\' -> bytes[size++] = (byte) c;
            case '\b' -> bytes[size++] = 'b';
            case '\t' -> bytes[size++] = 't';
            case '\n' -> bytes[size++] = 'n';
            case '\f' -> bytes[size++] = 'f';
            case '\r' -> bytes[size++] = 'r';
            default -> {
                bytes[size++] = 'u';
                bytes[size++] = '0';
                bytes[size++] = '0';
                bytes[size++] = HEX[c >> 4];
                bytes[size++] = HEX[c & 0xF];
            }
        }
    }

    /** A whole number's digits, with its sign: most are a digit or two, so no text is built for them. */
    private void digits(long number) {
        if (number < 0 || number >= 1_000_000_000L) {
            ascii(Long.toString(number));
            return;
        }
        int n = (int) number;
        int count = 1;
        for (int power = 10; count < 9 && n >= power; power *= 10) {
            count++;
        }
        ensure(count);
        size += count;
        for (int at = size - 1; at >= size - count; at--) {
            bytes[at] = (byte) ('0' + n % 10);
            n /= 10;
        }
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void put(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
