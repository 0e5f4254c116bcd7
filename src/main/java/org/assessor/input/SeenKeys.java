package org.assessor.input;

/**
 * The keys seen so far in an input, each with the line it was first on, kept as two independent 64-bit
 * hashes instead of the text: 24 bytes a key rather than a hundred or more, so a million-row input can
 * be checked for duplicates in a small heap. Two different keys share both hashes with a probability
 * of about 2^-128, far below any chance of a disk error.
 */
final class SeenKeys {
    private long[] first = new long[1 << 10];
    private long[] second = new long[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;

    /** Records the key on this line; returns the line it was first seen on, or 0 if it is new. */
    long add(String key, long line) {
        long a = hash(key, 0x9E3779B97F4A7C15L);
        long b = hash(key, 0xC2B2AE3D27D4EB4FL);
        int slot = find(a, b);
        if (lines[slot] != 0) {
            return lines[slot];
        }
        first[slot] = a;
        second[slot] = b;
        lines[slot] = line;
        if (++size > lines.length * 3 / 4) {
            grow();
        }
        return 0;
    }

    private int find(long a, long b) {
        int mask = lines.length - 1;
        int slot = (int) a & mask;
        while (lines[slot] != 0 && (first[slot] != a || second[slot] != b)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        long[] oldLines = lines;
        first = new long[oldLines.length * 2];
        second = new long[oldLines.length * 2];
        lines = new long[oldLines.length * 2];
        for (int i = 0; i < oldLines.length; i++) {
            if (oldLines[i] != 0) {
                int slot = find(oldFirst[i], oldSecond[i]);
                first[slot] = oldFirst[i];
                second[slot] = oldSecond[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** A polynomial hash with its own multiplier, finished with SplitMix64's mixer so every bit counts. */
    private static long hash(String key, long multiplier) {
        long h = multiplier;
        for (int i = 0; i < key.length(); i++) {
            h = (h + key.charAt(i)) * multiplier;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
