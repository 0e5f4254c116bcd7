package org.assessor.output;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.assessor.assessment.RuleSentence;
import org.assessor.assessment.Step;
import org.assessor.explanation.StepText;
import org.assessor.fact.Confidence;
import org.assessor.fact.Param;
import org.assessor.methodology.Labels;
import org.assessor.methodology.Methodology;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The first line of {@code explanations.jsonl}, kept once per run by the archive too: every parameter with its
 * value, description, reference and confidence, every rule with its sentence template, and the labels sentences
 * use. A rating's line refers to parameters and rules by their position here, so each is written once a run, and
 * its sentences can be rendered from the two lines alone ({@link ExplanationRenderer}).
 */
public final class ExplanationHeader {
    public static final String FORMAT = "assessor-explanations";
    public static final int VERSION = 2;

    private final String methodology;
    private final String methodologyVersion;
    private final List<Param> params;
    private final List<RuleSentence> rules;
    private final Labels labels;
    private final StepText text;
    private final List<Set<String>> bindings = new ArrayList<>();
    private final Map<Param, Integer> paramsByIdentity = new IdentityHashMap<>();
    private final Map<Param, Integer> paramsByValue = new HashMap<>();
    private final Map<String, Integer> rulesByName = new HashMap<>();

    private ExplanationHeader(String methodology, String methodologyVersion, List<Param> params, List<RuleSentence> rules,
                              Labels labels) {
        this.methodology = methodology;
        this.methodologyVersion = methodologyVersion;
        this.params = List.copyOf(params);
        this.rules = List.copyOf(rules);
        this.labels = labels;
        this.text = new StepText(labels);
        for (int i = 0; i < this.params.size(); i++) {
            paramsByIdentity.put(this.params.get(i), i);
            paramsByValue.putIfAbsent(this.params.get(i), i);
        }
        for (int i = 0; i < this.rules.size(); i++) {
            rulesByName.putIfAbsent(this.rules.get(i).name(), i);
            bindings.add(StepText.bindings(this.rules.get(i).template()));
        }
    }

    /** The header of a run of {@code methodology} with its compiled rules. */
    public static ExplanationHeader of(Methodology methodology, List<RuleSentence> rules) {
        return new ExplanationHeader(methodology.id(), methodology.version(), methodology.params(), rules, methodology.labels());
    }

    public String methodology() {
        return methodology;
    }

    public String methodologyVersion() {
        return methodologyVersion;
    }

    StepText text() {
        return text;
    }

    Labels labels() {
        return labels;
    }

    /** The parameter's position, or -1 for one this header does not hold (written in full where it is used). */
    int param(Param param) {
        Integer index = paramsByIdentity.get(param);
        if (index == null) {
            index = paramsByValue.get(param);
        }
        return index == null ? -1 : index;
    }

    Param param(int index) {
        return params.get(index);
    }

    /** The step's rule's position, or -1 when this header does not hold that rule as the step saw it. */
    int rule(Step step) {
        Integer index = rulesByName.get(step.rule());
        if (index == null) {
            return -1;
        }
        RuleSentence rule = rules.get(index);
        return rule.detail() == step.detail() && Objects.equals(rule.template(), step.template()) ? index : -1;
    }

    RuleSentence rule(int index) {
        return rules.get(index);
    }

    /** The bindings the rule's sentence names: all of a step's bindings a line needs to keep. */
    Set<String> bindings(int rule) {
        return bindings.get(rule);
    }

    /** The header line (without its line end); {@code run} may be null (the archive keeps the run elsewhere). */
    public byte[] toJson(RunInfo run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 << 10);
        try (JsonGenerator g = ExplanationsJsonl.JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("format");
            g.writeString(FORMAT);
            g.writeName("version");
            g.writeNumber(VERSION);
            if (run != null) {
                g.writeName("run");
                g.writePOJO(run);
            }
            g.writeName("methodology");
            g.writeString(methodology);
            g.writeName("methodology_version");
            g.writeString(methodologyVersion);
            g.writeName("parameters");
            g.writeStartArray();
            for (Param param : params) {
                writeParam(g, param);
            }
            g.writeEndArray();
            g.writeName("rules");
            g.writeStartArray();
            for (RuleSentence rule : rules) {
                writeRule(g, rule);
            }
            g.writeEndArray();
            g.writeName("labels");
            g.writeStartObject();
            g.writeName("names");
            g.writePOJO(labels.names());
            g.writeName("values");
            g.writePOJO(labels.values());
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** A parameter as {@code explanations.json} always wrote it: name, value or band, description, reference, confidence. */
    static void writeParam(JsonGenerator g, Param param) {
        g.writeStartObject();
        g.writeName("name");
        g.writeString(param.name());
        if (param.isBand()) {
            g.writeName("min");
            g.writePOJO(param.min());
            g.writeName("max");
            g.writePOJO(param.max());
        } else {
            g.writeName("value");
            g.writePOJO(param.value());
        }
        g.writeName("description");
        g.writeString(param.description());
        g.writeName("reference");
        g.writeString(param.reference());
        g.writeName("confidence");
        g.writeString(param.confidence() == null ? null : param.confidence().id());
        g.writeEndObject();
    }

    static void writeRule(JsonGenerator g, RuleSentence rule) {
        g.writeStartObject();
        g.writeName("name");
        g.writeString(rule.name());
        g.writeName("template");
        g.writeString(rule.template());
        g.writeName("detail");
        g.writeBoolean(rule.detail());
        g.writeEndObject();
    }

    /**
     * A header as read from its line. Anything other than this format's version is refused by name, so that a
     * file of a later version is never read wrongly.
     */
    public static ExplanationHeader read(JsonNode header) {
        if (!FORMAT.equals(header.path("format").asString(null)) || header.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("not an explanations header of format " + FORMAT + " version " + VERSION
                    + ": format " + header.path("format") + ", version " + header.path("version"));
        }
        List<Param> params = new ArrayList<>();
        header.path("parameters").forEach(node -> params.add(readParam(node)));
        List<RuleSentence> rules = new ArrayList<>();
        header.path("rules").forEach(node -> rules.add(readRule(node)));
        Map<String, String> names = new LinkedHashMap<>();
        header.path("labels").path("names").properties().forEach(e -> names.put(e.getKey(), e.getValue().asString()));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        header.path("labels").path("values").properties().forEach(input -> {
            Map<String, String> byValue = new LinkedHashMap<>();
            input.getValue().properties().forEach(e -> byValue.put(e.getKey(), e.getValue().asString()));
            values.put(input.getKey(), byValue);
        });
        return new ExplanationHeader(header.path("methodology").asString(null), header.path("methodology_version").asString(null),
                params, rules, Labels.of(names, values));
    }

    static Param readParam(JsonNode node) {
        Double min = node.has("min") && !node.get("min").isNull() ? node.get("min").doubleValue() : null;
        Double max = node.has("max") && !node.get("max").isNull() ? node.get("max").doubleValue() : null;
        String confidence = node.path("confidence").asString(null);
        Object value = JsonValues.java(node.get("value"));
        return new Param(node.path("name").asString(), null, null, value, value instanceof Number n ? n.doubleValue() : null,
                min, max, node.path("description").asString(null), node.path("reference").asString(null),
                confidence == null ? null : Confidence.valueOf(confidence.toUpperCase(Locale.ROOT)), null);
    }

    static RuleSentence readRule(JsonNode node) {
        return new RuleSentence(node.path("name").asString(), node.path("template").asString(null), node.path("detail").asBoolean());
    }
}
