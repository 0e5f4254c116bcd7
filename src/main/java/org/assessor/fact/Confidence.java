package org.assessor.fact;

/** How sure we are of a parameter: stated in the source, derived from published results, or our choice. */
public enum Confidence {
    PUBLISHED, DERIVED, ASSUMED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
