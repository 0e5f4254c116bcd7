package org.assessor.input;

/**
 * The keys seen so far in an input, each with the line it was first on, kept as two independent 64-bit
 * hashes instead of the text: 24 bytes a key rather than a hundred or more, so a million-row input can
 * be checked for duplicates in a small heap. Two different keys share both hashes with a probability
 * of about 2^-128, far below any chance of a disk error.
 */
final class SeenKeys {
    /** Per slot its two hashes and its line, side by side: a probe then reads one cache line, not three. */
    private long[] slots = new long[3 << 10];
    private int size;

    /** Records the key on this line; returns the line it was first seen on, or 0 if it is new. */
    long add(String key, long line) {
        long a = hash(key, 0x9E3779B97F4A7C15L);
        long b = hash(key, 0xC2B2AE3D27D4EB4FL);
        int slot = find(slots, a, b);
        if (slots[slot + 2] != 0) {
            return slots[slot + 2];
        }
        slots[slot] = a;
        slots[slot + 1] = b;
        slots[slot + 2] = line;
        if (++size > slots.length / 3 * 3 / 4) {
            grow();
        }
        return 0;
    }

    /** Where the key with these hashes is, or the free slot where it would go (the index of its first hash). */
    private static int find(long[] slots, long a, long b) {
        int mask = slots.length / 3 - 1;
        int slot = (int) a & mask;
        while (slots[3 * slot + 2] != 0 && (slots[3 * slot] != a || slots[3 * slot + 1] != b)) {
            slot = (slot + 1) & mask;
        }
        return 3 * slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 3) {
            if (old[i + 2] != 0) {
                int slot = find(slots, old[i], old[i + 1]);
                System.arraycopy(old, i, slots, slot, 3);
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
