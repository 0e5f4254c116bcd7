package org.assessor.fact;

import org.kie.api.definition.type.ClassReactive;

/**
 * A named result a rule derived for an assessment: intermediate ({@code key_target_summary}) or final
 * ({@code rating}). Mutable only so that an override rule can replace the value with {@code modify};
 * class-reactive so that every pattern on a result is re-evaluated after an override.
 */
@ClassReactive
public final class Result {
    private final Assessment assessment;
    private final String name;
    private Object value;

    public Result(Assessment assessment, String name, Object value) {
        this.assessment = assessment;
        this.name = name;
        this.value = value;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = value;
    }

    /** The value as a number, or null when it is not numeric. */
    public Double getNumber() {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    public String getText() {
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
