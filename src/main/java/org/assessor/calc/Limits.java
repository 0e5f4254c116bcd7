package org.assessor.calc;

/**
 * The argument checks every calculation shares. A methodology author sets these values in YAML, so an
 * absurd one is refused with what is allowed rather than left to run long or round wrongly.
 */
final class Limits {
    /** Most decimals a result is rounded to. */
    static final int MAX_DECIMALS = 10;

    private Limits() {
    }

    static int decimals(int decimals) {
        return between("decimals", decimals, 0, MAX_DECIMALS);
    }

    static int between(String what, int value, int lowest, int highest) {
        if (value < lowest || value > highest) {
            throw new IllegalArgumentException(what + " must be " + lowest + ".." + highest + ", not " + value);
        }
        return value;
    }

    static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + value);
        }
        return value;
    }
}
