package org.assessor.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.assessment.Outcome;
import org.assessor.assessment.Rating;
import org.assessor.assessment.RuleSentence;
import org.assessor.assessment.Step;
import org.assessor.explanation.StepText;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Score;

/**
 * One rating's line of {@code explanations.jsonl}: its results, and each step as references into the run's
 * {@link ExplanationHeader} (rule and parameters by position) with only what varies from rating to rating: the
 * inputs and earlier results it used, what it produced, and the bindings its sentence names. Keys are short
 * because they repeat a dozen times a line; the JSON Schema names what each means.
 */
final class RatingLine {
    /** A line is about 900 bytes: one buffer a rating thread, reused, instead of 2 GB of new ones a million ratings. */
    private static final int LINE = 2 << 10;
    private final ThreadLocal<JsonBytes> buffers = ThreadLocal.withInitial(() -> new JsonBytes(LINE));
    private final ExplanationHeader header;
    private final boolean sentences;
    private final LineBindings bindings;

    RatingLine(ExplanationHeader header, boolean sentences) {
        this.header = header;
        this.sentences = sentences;
        this.bindings = new LineBindings(this::param);
    }

    /** UTF-8, without a line end. */
    byte[] toJson(Rating rating) {
        JsonBytes g = buffers.get().reset(LINE);
        g.startObject();
        ExplanationWriter.writeRatingFields(g, rating);
        g.name("steps").startArray();
        Produced produced = new Produced();
        for (Step step : rating.steps()) {
            step(g, step, produced);
        }
        g.endArray().endObject();
        return g.toByteArray();
    }

    private void step(JsonBytes g, Step step, Produced produced) {
        g.startObject();
        int rule = header.rule(step);
        Set<String> named;
        if (rule >= 0) {
            g.name("r").number(rule);
            named = header.bindings(rule);
        } else {
            RuleSentence sentence = new RuleSentence(step.rule(), step.template(), step.detail());
            g.name("rule").jackson(json -> ExplanationHeader.writeRule(json, sentence));
            named = StepText.bindings(step.template());
        }
        if (sentences) {
            g.name("text").string(header.text().render(step));
        }
        inputs(g, step.inputs());
        uses(g, step.uses(), produced);
        params(g, step.params());
        outcomes(g, step.outcomes());
        step.outcomes().forEach(produced::add);
        bindings.write(g, step, named);
        g.endObject();
    }

    private static void inputs(JsonBytes g, List<Input> inputs) {
        if (!inputs.isEmpty()) {
            g.name("i");
            ExplanationWriter.writeInputs(g, inputs);
        }
    }

    /**
     * The outcomes of the line's steps so far, numbered from 0 across steps: what a later step uses is most often
     * what an earlier one produced, and is then written as its number. A line has a handful, so they are searched.
     */
    private static final class Produced {
        private final List<Outcome> outcomes = new ArrayList<>();

        void add(Outcome outcome) {
            outcomes.add(outcome);
        }

        /** The number of the latest outcome of that name if its value is {@code value}, else -1. */
        int find(String name, Object value) {
            for (int i = outcomes.size() - 1; i >= 0; i--) {
                if (outcomes.get(i).name().equals(name)) {
                    return value != null && value.equals(outcomes.get(i).value()) ? i : -1;
                }
            }
            return -1;
        }
    }

    /**
     * Each earlier result used, in the order used: the number of the outcome that produced it (same name and value),
     * or [name, value]; each score as [outcome number, status] (the outcome's name and points), or [name, status, points].
     */
    private static void uses(JsonBytes g, Map<String, Object> uses, Produced produced) {
        if (uses.isEmpty()) {
            return;
        }
        g.name("u").startArray();
        uses.forEach((name, value) -> {
            if (value instanceof Score score) {
                int index = produced.find(name, score.points());
                g.startArray();
                if (index >= 0) {
                    g.number(index).string(score.status());
                } else {
                    g.string(name).string(score.status()).value(score.points());
                }
                g.endArray();
            } else {
                int index = produced.find(name, value);
                if (index >= 0) {
                    g.number(index);
                } else {
                    g.startArray().string(name).value(value).endArray();
                }
            }
        });
        g.endArray();
    }

    private void params(JsonBytes g, List<Param> params) {
        if (params.isEmpty()) {
            return;
        }
        g.name("p").startArray();
        for (Param param : params) {
            param(g, param);
        }
        g.endArray();
    }

    /** A parameter by its position in the header, or in full if the header does not hold it. */
    void param(JsonBytes g, Param param) {
        int index = header.param(param);
        if (index >= 0) {
            g.number(index);
        } else {
            g.jackson(json -> ExplanationHeader.writeParam(json, param));
        }
    }

    /** Each outcome as [name, value], or [name, value, replaced] for an override. */
    private static void outcomes(JsonBytes g, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        g.name("o").startArray();
        for (Outcome outcome : outcomes) {
            g.startArray().string(outcome.name()).value(outcome.value());
            if (outcome.isOverride()) {
                g.value(outcome.replaced());
            }
            g.endArray();
        }
        g.endArray();
    }
}
