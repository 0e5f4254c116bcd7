package org.assessor.assessment;

import java.util.List;

import org.assessor.fact.Assessment;
import org.assessor.fact.Input;

/** One organisation in one sector with the inputs the methodology rates it on. */
public record AssessmentInputs(Assessment assessment, List<Input> inputs) {
}
