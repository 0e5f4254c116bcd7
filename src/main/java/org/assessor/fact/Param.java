package org.assessor.fact;

/**
 * A methodology parameter from the YAML configuration, inserted so that rules match on it and
 * explanations can cite it. {@code group} is the dotted path without the last segment, {@code key}
 * the last segment. A band parameter has {@code min} and/or {@code max} instead of a value.
 */
public record Param(String name, String group, String key, Object value, Double number, Double min, Double max,
                    String description, String reference, Confidence confidence, String unit) {

    /** True when {@code x} lies in this band (bounds inclusive, a missing bound is open). */
    public boolean includes(double x) {
        return (min == null || x >= min) && (max == null || x <= max);
    }

    public boolean isBand() {
        return min != null || max != null;
    }

    public String text() {
        return value == null ? null : value.toString();
    }
}
