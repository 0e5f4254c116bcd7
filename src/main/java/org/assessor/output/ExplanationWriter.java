package org.assessor.output;

import java.util.List;

import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.explanation.StepText;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Score;

/**
 * One rating's explanation as the JSON object {@code explanations.json} holds, every sentence and parameter written
 * out in every step; its rating fields and inputs are written as a line of {@code explanations.jsonl} writes them.
 */
final class ExplanationWriter {
    private final StepText text;

    ExplanationWriter(StepText text) {
        this.text = text;
    }

    /** UTF-8, as files store it: no text to build and encode again. */
    byte[] toJson(Rating rating) {
        JsonBytes g = new JsonBytes(16 << 10);
        g.startObject();
        writeRatingFields(g, rating);
        g.name("steps").startArray();
        for (Step step : rating.steps()) {
            step(g, step);
        }
        g.endArray().endObject();
        return g.toByteArray();
    }

    private void step(JsonBytes g, Step step) {
        g.startObject();
        g.name("rule").string(step.rule());
        g.name("text").string(text.render(step));
        g.name("detail").bool(step.detail());
        g.name("inputs");
        writeInputs(g, step.inputs());
        g.name("uses").startObject();
        step.uses().forEach((name, value) -> {
            g.name(name);
            if (value instanceof Score score) {
                g.startObject().name("status").string(score.status()).name("points").value(score.points()).endObject();
            } else {
                g.value(value);
            }
        });
        g.endObject();
        g.name("parameters").startArray();
        for (Param param : step.params()) {
            g.jackson(json -> ExplanationHeader.writeParam(json, param));
        }
        g.endArray();
        g.name("outcomes").jackson(json -> json.writePOJO(step.outcomes()));
        g.endObject();
    }

    /**
     * A step's inputs by name, as an object, which both explanation formats write: two inputs of one name (of two
     * trusts, in a step that reads a peer group) are written once, as the first stood. A step names a few inputs, so
     * looking back costs less than a map.
     */
    static void writeInputs(JsonBytes g, List<Input> inputs) {
        g.startObject();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (!namedBefore(inputs, i)) {
                g.name(input.name()).value(input.number() != null ? input.number() : input.value());
            }
        }
        g.endObject();
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
    static void writeRatingFields(JsonBytes g, Rating rating) {
        g.name("organisation").string(rating.assessment().getOrganisation());
        g.name("sector").string(rating.assessment().getSector());
        g.name("input_line").number(rating.assessment().getLine());
        g.name("rating").value(rating.value());
        g.name("results").value(rating.results());
        g.name("depends_on_assumptions").bool(rating.dependsOnAssumptions());
    }
}
