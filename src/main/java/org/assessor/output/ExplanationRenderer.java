package org.assessor.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.assessment.Outcome;
import org.assessor.assessment.Rating;
import org.assessor.assessment.RuleSentence;
import org.assessor.assessment.Step;
import org.assessor.explanation.StepText;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Score;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A rating's line with its run's header, rendered as the one per-rating explanation every reader shows (the web,
 * the API, replay, the archive): the object {@code explanations.json} held for it, each step with its sentence, its
 * rule, whether it is detail, and each parameter with its value, description, reference and confidence. Sentences
 * are rendered here, from the rule's template and the bindings the line kept, as they were when rated.
 */
public final class ExplanationRenderer {
    private final ExplanationHeader header;

    public ExplanationRenderer(ExplanationHeader header) {
        this.header = header;
    }

    /** The explanation as JSON text. */
    public String render(byte[] line) {
        return render(ExplanationsJsonl.JSON.readTree(line));
    }

    public String render(JsonNode line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
        try (JsonGenerator g = ExplanationsJsonl.JSON.createGenerator(out)) {
            write(g, line);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(JsonGenerator g, JsonNode line) {
        g.writeStartObject();
        for (String name : List.of("organisation", "sector", "input_line", "rating", "results", "depends_on_assumptions")) {
            g.writeName(name);
            g.writePOJO(line.get(name));
        }
        g.writeName("steps");
        g.writeStartArray();
        List<JsonNode> produced = new ArrayList<>();
        for (JsonNode step : line.path("steps")) {
            step(g, step, produced);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** @param produced the outcomes of the steps before, each as [name, value]: what a step's uses may refer to by number */
    private void step(JsonGenerator g, JsonNode node, List<JsonNode> produced) {
        Read read = read(node, produced);
        Step step = read.step();
        List<JsonNode[]> uses = read.uses();
        RuleSentence rule = new RuleSentence(step.rule(), step.template(), step.detail());
        List<Param> params = step.params();
        List<Outcome> outcomes = step.outcomes();
        g.writeStartObject();
        g.writeName("rule");
        g.writeString(rule.name());
        g.writeName("text");
        g.writeString(header.text().render(step));
        g.writeName("detail");
        g.writeBoolean(rule.detail());
        g.writeName("inputs");
        g.writePOJO(node.has("i") ? node.get("i") : Map.of());
        g.writeName("uses");
        g.writeStartObject();
        for (JsonNode[] used : uses) {
            g.writeName(used[0].asString());
            if (used.length == 3) {
                g.writeStartObject();
                g.writeName("status");
                g.writePOJO(used[1]);
                g.writeName("points");
                g.writePOJO(used[2]);
                g.writeEndObject();
            } else {
                g.writePOJO(used[1]);
            }
        }
        g.writeEndObject();
        g.writeName("parameters");
        g.writeStartArray();
        for (Param param : params) {
            ExplanationHeader.writeParam(g, param);
        }
        g.writeEndArray();
        g.writeName("outcomes");
        g.writeStartArray();
        int i = 0;
        for (JsonNode o : node.path("o")) {
            g.writeStartObject();
            g.writeName("name");
            g.writePOJO(o.get(0));
            g.writeName("value");
            g.writePOJO(o.get(1));
            g.writeName("replaced");
            g.writePOJO(o.size() > 2 ? o.get(2) : null);
            g.writeName("override");
            g.writeBoolean(outcomes.get(i++).isOverride());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A step as read from its line: as the engine gave it, as far as sentences and {@code explain} read it, and its uses as written. */
    private record Read(Step step, List<JsonNode[]> uses) {
    }

    /** @param produced the outcomes of the steps before; this step's are added */
    private Read read(JsonNode node, List<JsonNode> produced) {
        RuleSentence rule = node.has("r") ? header.rule(node.get("r").asInt()) : ExplanationHeader.readRule(node.path("rule"));
        List<Param> params = new ArrayList<>();
        node.path("p").forEach(p -> params.add(param(p)));
        List<Outcome> outcomes = new ArrayList<>();
        node.path("o").forEach(o -> outcomes.add(new Outcome(o.get(0).asString(), JsonValues.java(o.get(1)),
                o.size() > 2 ? JsonValues.java(o.get(2)) : null)));
        List<JsonNode[]> uses = uses(node.path("u"), produced);
        Map<String, Object> used = new LinkedHashMap<>();
        for (JsonNode[] use : uses) {
            String name = use[0].asString();
            int dot = name.indexOf('.');
            used.put(name, use.length == 3 ? new Score(null, dot < 0 ? "" : name.substring(0, dot), name.substring(dot + 1),
                    use[1].asString(), use[2].doubleValue()) : JsonValues.java(use[1]));
        }
        node.path("o").forEach(produced::add);
        Step step = new Step(rule.name(), 0, rule.template(), rule.detail(), inputs(node.path("i")), used, params, outcomes,
                bindings(StepText.bindings(rule.template()), node.path("b"), uses));
        return new Read(step, uses);
    }

    /** The line as a rating with its steps: what {@code explain} prints, read from the file instead of rated again. */
    @SuppressWarnings("unchecked")
    public Rating rating(JsonNode line) {
        Assessment assessment = new Assessment(line.path("input_line").asInt(), line.path("organisation").asString(),
                line.path("sector").asString(), Map.of());
        Object results = JsonValues.java(line.path("results"));
        return new Rating(assessment, results instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(), steps(line));
    }

    /**
     * The line's steps with everything {@code explain} prints of them (sentence, rule, inputs and results used,
     * parameters), for a text explanation read from the file rather than rated again.
     */
    public List<Step> steps(JsonNode line) {
        List<Step> steps = new ArrayList<>();
        List<JsonNode> produced = new ArrayList<>();
        line.path("steps").forEach(node -> steps.add(read(node, produced).step()));
        return steps;
    }

    /** Each use as [name, value] or, for a score, [name, status, points]; numbers resolved to the outcomes they name. */
    private static List<JsonNode[]> uses(JsonNode uses, List<JsonNode> produced) {
        List<JsonNode[]> resolved = new ArrayList<>(uses.size());
        for (JsonNode used : uses) {
            if (used.isNumber()) {
                JsonNode outcome = produced.get(used.asInt());
                resolved.add(new JsonNode[] {outcome.get(0), outcome.get(1)});
            } else if (used.get(0).isNumber()) {
                JsonNode outcome = produced.get(used.get(0).asInt());
                resolved.add(new JsonNode[] {outcome.get(0), used.get(1), outcome.get(1)});
            } else if (used.size() == 3) {
                resolved.add(new JsonNode[] {used.get(0), used.get(1), used.get(2)});
            } else {
                resolved.add(new JsonNode[] {used.get(0), used.get(1)});
            }
        }
        return resolved;
    }

    private Param param(JsonNode node) {
        return node.isNumber() ? header.param(node.asInt()) : ExplanationHeader.readParam(node);
    }

    /** The inputs as a sentence reads them: a labelled value by its input's name, a number as a number. */
    private static List<Input> inputs(JsonNode inputs) {
        List<Input> list = new ArrayList<>();
        inputs.properties().forEach(e -> list.add(e.getValue().isNumber()
                ? new Input(null, null, e.getKey(), null, e.getValue().doubleValue())
                : new Input(null, null, e.getKey(), e.getValue().isNull() ? null : e.getValue().asString(), null)));
        return list;
    }

    /** The bindings the template names, in its order, as {@link RatingLine} wrote them. */
    private Map<String, Object> bindings(Set<String> names, JsonNode values, List<JsonNode[]> uses) {
        Map<String, Object> map = new LinkedHashMap<>();
        int i = 0;
        for (String name : names) {
            JsonNode value = values.path(i++);
            if (!value.isObject() || !value.has("absent")) {
                map.put(name, binding(value, uses));
            }
        }
        return map;
    }

    /** A plain value, a parameter {@code p}, scores {@code s} (positions in the step's uses, or triples) or text {@code t}. */
    private Object binding(JsonNode node, List<JsonNode[]> uses) {
        if (!node.isObject()) {
            return JsonValues.java(node);
        }
        if (node.has("p")) {
            return param(node.get("p"));
        }
        if (node.has("s")) {
            List<Score> scores = new ArrayList<>();
            for (JsonNode s : node.get("s")) {
                if (s.isNumber()) {
                    JsonNode[] used = uses.get(s.asInt());
                    String key = used[0].asString();
                    scores.add(new Score(null, null, key.substring(key.indexOf('.') + 1), used[1].asString(), used[2].doubleValue()));
                } else {
                    scores.add(new Score(null, null, s.get(0).asString(), s.get(1).asString(), s.get(2).doubleValue()));
                }
            }
            return scores;
        }
        return new Text(node.path("t").asString());
    }

    /** A value a sentence shows as its text (an object other than a number, string, parameter or list). */
    private record Text(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
