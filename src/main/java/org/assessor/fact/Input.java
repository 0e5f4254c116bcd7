package org.assessor.fact;

/**
 * One input value of an assessment: a key target's status, a focus area's level, a metric's raw value.
 * {@code kind} is the role the methodology gives the column; {@code number} is set for numeric values.
 */
public record Input(Assessment assessment, String kind, String name, String value, Double number) {

    public static Input of(Assessment assessment, String kind, String name, String value) {
        return new Input(assessment, kind, name, value, null);
    }

    public static Input numeric(Assessment assessment, String kind, String name, String value, double number) {
        return new Input(assessment, kind, name, value, number);
    }
}
