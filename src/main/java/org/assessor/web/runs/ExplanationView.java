package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.methodology.Labels;
import tools.jackson.databind.JsonNode;

/**
 * A stored explanation (an entry of explanations.json) as the trust page reads it: the rating, its
 * results, and each step in firing order with its sentence, its rule and every parameter it read; the
 * deciding steps apart from the per-item detail.
 */
record ExplanationView(String organisation, String sector, String rating, boolean dependsOnAssumptions,
                       Map<String, String> results, List<StepView> steps) {

    /** {@code used}: each input the step read, as "label value" (a summed step lists every item it added up). */
    record StepView(int number, String rule, String text, boolean detail, List<String> used, List<ParamView> parameters) {
        /** What the step's fold holds: "Rule", "Rule and 1 parameter", "Rule, 9 inputs and 4 parameters". */
        public String sources() {
            List<String> held = new ArrayList<>(2);
            if (!used.isEmpty()) {
                held.add(used.size() + (used.size() == 1 ? " input" : " inputs"));
            }
            if (!parameters.isEmpty()) {
                held.add(parameters.size() + (parameters.size() == 1 ? " parameter" : " parameters"));
            }
            return held.isEmpty() ? "Rule" : "Rule" + (held.size() == 1 ? " and " : ", ") + String.join(" and ", held);
        }
    }

    /** The detail steps of one rule (each item it scored), in firing order. */
    record DetailGroup(String rule, List<StepView> steps) {
    }

    /**
     * The steps that decide the rating: every step but the per-item detail ({@code detail}), whose results the
     * deciding steps use and name.
     */
    public List<StepView> deciding() {
        return steps.stream().filter(step -> !step.detail()).toList();
    }

    /** The detail steps grouped by rule, the groups in the order their rules first fired. */
    public List<DetailGroup> details() {
        Map<String, List<StepView>> byRule = new LinkedHashMap<>();
        steps.stream().filter(StepView::detail).forEach(step -> byRule.computeIfAbsent(step.rule(), rule -> new ArrayList<>()).add(step));
        List<DetailGroup> groups = new ArrayList<>();
        byRule.forEach((rule, group) -> groups.add(new DetailGroup(rule, List.copyOf(group))));
        return groups;
    }

    /** A parameter as the step read it; {@code value} is the value or the band, as text. */
    record ParamView(String name, String value, String description, String reference, String confidence) {
        public boolean referenceIsLink() {
            return reference != null && (reference.startsWith("https://") || reference.startsWith("http://"));
        }
    }

    static ExplanationView of(JsonNode json, Labels labels) {
        Map<String, String> results = new LinkedHashMap<>();
        json.path("results").properties().forEach(e -> results.put(e.getKey(), text(e.getValue())));
        List<StepView> steps = new ArrayList<>();
        for (JsonNode step : json.path("steps")) {
            List<ParamView> parameters = new ArrayList<>();
            for (JsonNode p : step.path("parameters")) {
                parameters.add(new ParamView(text(p.path("name")), value(p), text(p.path("description")), text(p.path("reference")),
                        text(p.path("confidence"))));
            }
            List<String> used = new ArrayList<>();
            step.path("inputs").properties().forEach(input -> used.add(labels.of(input.getKey()) + " "
                    + labels.value(input.getKey(), text(input.getValue()))));
            steps.add(new StepView(steps.size() + 1, text(step.path("rule")), text(step.path("text")), step.path("detail").asBoolean(false),
                    List.copyOf(used), parameters));
        }
        return new ExplanationView(text(json.path("organisation")), text(json.path("sector")), text(json.path("rating")),
                json.path("depends_on_assumptions").asBoolean(false), results, steps);
    }

    private static String value(JsonNode parameter) {
        if (parameter.has("value")) {
            return text(parameter.path("value"));
        }
        String min = text(parameter.path("min"));
        String max = text(parameter.path("max"));
        return (min == null ? "" : min) + "–" + (max == null ? "" : max);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()) && Math.abs(node.asDouble()) < 1e15) {
            return String.valueOf(node.asLong());
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
