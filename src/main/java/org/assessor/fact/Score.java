package org.assessor.fact;

/** Points a rule gave one input of an assessment, e.g. a key target's status or a focus area's level. */
public record Score(Assessment assessment, String kind, String item, String status, double points) {
}
