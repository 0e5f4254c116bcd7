package org.assessor.output;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.explanation.StepText;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Score;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rating's explanation as the JSON object {@code explanations.json} and the run archive hold, written
 * straight to a generator: building a map of maps first and serialising that cost as much again. Values
 * whose type varies (results, parameter values, outcomes) are written as Jackson writes them in a map.
 */
final class ExplanationWriter {
    private final JsonMapper json;
    private final StepText text;

    ExplanationWriter(JsonMapper json, StepText text) {
        this.json = json;
        this.text = text;
    }

    /** UTF-8, as files and the archive store it: no text to build and encode again. */
    byte[] toJson(Rating rating) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
        try (JsonGenerator g = json.createGenerator(out)) {
            write(g, rating);
        }
        return out.toByteArray();
    }

    private void write(JsonGenerator g, Rating rating) {
        g.writeStartObject();
        writeRatingFields(g, rating);
        g.writeName("steps");
        g.writeStartArray();
        for (Step step : rating.steps()) {
            step(g, step);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void step(JsonGenerator g, Step step) {
        g.writeStartObject();
        g.writeName("rule");
        g.writeString(step.rule());
        g.writeName("text");
        g.writeString(text.render(step));
        g.writeName("detail");
        g.writeBoolean(step.detail());
        g.writeName("inputs");
        writeInputs(g, step.inputs());
        g.writeName("uses");
        g.writeStartObject();
        step.uses().forEach((name, value) -> {
            g.writeName(name);
            if (value instanceof Score score) {
                g.writeStartObject();
                g.writeName("status");
                g.writeString(score.status());
                g.writeName("points");
                JsonValues.write(g, score.points());
                g.writeEndObject();
            } else {
                JsonValues.write(g, value);
            }
        });
        g.writeEndObject();
        g.writeName("parameters");
        g.writeStartArray();
        for (Param param : step.params()) {
            ExplanationHeader.writeParam(g, param);
        }
        g.writeEndArray();
        g.writeName("outcomes");
        g.writePOJO(step.outcomes());
        g.writeEndObject();
    }

    /**
     * A step's inputs by name, as an object, which both explanation formats write: an input named twice (say, listed by
     * an accumulate) is written once, as it first stood. A step names a few inputs, so looking back costs less than a map.
     */
    static void writeInputs(JsonGenerator g, List<Input> inputs) {
        g.writeStartObject();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (!namedBefore(inputs, i)) {
                g.writeName(input.name());
                JsonValues.write(g, input.number() != null ? input.number() : input.value());
            }
        }
        g.writeEndObject();
    }

    private static boolean namedBefore(List<Input> inputs, int at) {
        String name = inputs.get(at).name();
        for (int i = 0; i < at; i++) {
            if (inputs.get(i).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A rating's own fields, which both explanation formats open a rating with; the steps follow. */
    static void writeRatingFields(JsonGenerator g, Rating rating) {
        g.writeName("organisation");
        g.writeString(rating.assessment().getOrganisation());
        g.writeName("sector");
        g.writeString(rating.assessment().getSector());
        g.writeName("input_line");
        g.writeNumber(rating.assessment().getLine());
        g.writeName("rating");
        JsonValues.write(g, rating.value());
        g.writeName("results");
        JsonValues.write(g, rating.results());
        g.writeName("depends_on_assumptions");
        g.writeBoolean(rating.dependsOnAssumptions());
    }
}
