package org.assessor.assessment;

import java.util.List;
import java.util.Map;

import org.assessor.fact.Confidence;
import org.assessor.fact.Input;
import org.assessor.fact.Param;

/**
 * One rule that fired for an assessment: the rule, the inputs and earlier results it used, the parameters
 * it read, what it produced, and the values of its bindings for the sentence template. Nothing is
 * rendered until the step is read.
 */
public record Step(String rule, int order, String template, boolean detail, List<Input> inputs, Map<String, Object> uses,
                   List<Param> params, List<Outcome> outcomes, Map<String, Object> bindings) {

    public boolean usesAssumptions() {
        for (Param param : params) {
            if (param.confidence() == Confidence.ASSUMED) {
                return true;
            }
        }
        return false;
    }
}
