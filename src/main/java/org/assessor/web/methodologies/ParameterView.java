package org.assessor.web.methodologies;

import org.assessor.fact.Param;

/** One parameter of a methodology with its source: a value, or a band's min and max. */
record ParameterView(String name, Object value, Double min, Double max, String unit, String description,
                            String reference, String confidence) {

    static ParameterView of(Param param) {
        return new ParameterView(param.name(), param.isBand() ? null : param.value(), param.min(), param.max(), param.unit(),
                param.description(), param.reference(), param.confidence() == null ? null : param.confidence().id());
    }
}
