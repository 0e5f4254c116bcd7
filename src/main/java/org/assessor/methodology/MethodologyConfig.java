package org.assessor.methodology;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A methodology's YAML configuration as written: {@code methodology-configs/<id>.yaml}. Unknown and
 * duplicate keys are rejected when it is read; {@link MethodologyChecks} checks what binding cannot.
 */
public record MethodologyConfig(
        String id,
        String title,
        String publisher,
        String period,
        @JsonProperty("as_of") String asOf,
        String source,
        String description,
        @JsonProperty("extends") String parent,
        RatingDefinition rating,
        RulePolicy allow,
        Map<String, Labelled> outputs,
        Map<String, Domain> domains,
        Map<String, InputDefinition> inputs,
        Map<String, Labelled> attributes,
        Map<String, SectorDefinition> sectors,
        JsonNode parameters) {

    /** What the final result is called and counted in, e.g. "star rating" in "star". */
    public record RatingDefinition(String label, String unit) {
    }

    /** DRL constructs beyond plain rules that this methodology's rules may use; both off unless set. */
    public record RulePolicy(Boolean functions, Boolean eval) {
    }

    /** Anything that only needs a readable name. */
    public record Labelled(String label) {
    }

    /** The values an input may take, each with the published symbols that mean it. */
    public record Domain(String description, Map<String, DomainValue> values) {
    }

    public record DomainValue(List<String> symbols, String label) {
    }

    /** One input column: the role rules give it ({@code kind}), its domain and readable name. */
    public record InputDefinition(String kind, String domain, String label) {
    }

    /** A sector and the inputs a trust of that sector must have. */
    public record SectorDefinition(String label, List<String> inputs) {
    }
}
