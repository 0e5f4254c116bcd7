package org.assessor.system;

/**
 * Recognises the encodings a file that should be UTF-8 is most often saved in by mistake, from its
 * first bytes, so that the message names the right one. UTF-32 is tested first: its little-endian
 * byte-order mark begins with UTF-16's.
 */
public final class Encoding {
    private Encoding() {
    }

    /**
     * What the file starts as when it is not UTF-8: "UTF-32 (big-endian)", "UTF-16 (little-endian)"...,
     * or null when the start is fine. {@code head} holds the first {@code length} bytes of the file.
     */
    public static String foreign(byte[] head, int length) {
        if (starts(head, length, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32 (big-endian; it starts with a UTF-32 byte-order mark)";
        }
        if (starts(head, length, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32 (little-endian; it starts with a UTF-32 byte-order mark)";
        }
        if (starts(head, length, 0xFE, 0xFF)) {
            return "UTF-16 (big-endian; it starts with a UTF-16 byte-order mark)";
        }
        if (starts(head, length, 0xFF, 0xFE)) {
            return "UTF-16 (little-endian; it starts with a UTF-16 byte-order mark)";
        }
        if (length >= 2 && (head[0] == 0) != (head[1] == 0)) {
            // text in UTF-16 without a mark: every other byte of ASCII text is zero
            return "UTF-16 or UTF-32 without a byte-order mark (every other byte is zero)";
        }
        if (length >= 1 && head[0] == 0) {
            return "UTF-16 or UTF-32 without a byte-order mark (it starts with a zero byte)";
        }
        return null;
    }

    /** The problem of a file in a foreign encoding, placed at its start. */
    public static Problem problem(String file, String encoding) {
        return Problem.error(file, 1, 1, null, "the file is " + encoding + "; save it as UTF-8");
    }

    private static boolean starts(byte[] head, int length, int... bytes) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
