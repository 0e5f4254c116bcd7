package org.assessor.web.methodologies;

import org.assessor.fact.Param;
import org.assessor.methodology.Reference;

/** One parameter of a methodology with its source: a value, or a band's min and max. */
record ParameterView(String name, Object value, Double min, Double max, String unit, String description,
                            String reference, String confidence) {

    static ParameterView of(Param param) {
        return new ParameterView(param.name(), param.isBand() ? null : param.value(), param.min(), param.max(), param.unit(),
                param.description(), param.reference(), param.confidence() == null ? null : param.confidence().id());
    }

    /** The path of the specification section the reference names (served by {@link SpecificationPages}), or null. */
    public String referenceLink() {
        Reference parsed = Reference.parse(reference);
        return parsed == null ? null : "/" + parsed.link();
    }

    /** The published citation that follows the section, or the whole reference when it names no section. */
    public String referenceCitation() {
        Reference parsed = Reference.parse(reference);
        return parsed == null ? reference : parsed.citation();
    }
}
