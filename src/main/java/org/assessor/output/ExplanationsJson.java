package org.assessor.output;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.explanation.StepText;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Score;
import org.assessor.methodology.Methodology;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code explanations.json}: the run's provenance, then every rating with its ordered steps. Written as
 * a stream, one rating at a time, each as serialised once by {@link #serialiser} (on the rating threads).
 */
public final class ExplanationsJson implements Consumer<ExplainedRating>, AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    private final Supplier<RunInfo> run;
    private final JsonGenerator json;
    private boolean started;
    private boolean closed;

    /**
     * Ratings are written as they are accepted, after the run's provenance, which is asked for with
     * the first rating: by then the input is known to be readable.
     */
    public ExplanationsJson(Supplier<RunInfo> run, Methodology methodology, OutputStream out) {
        this.run = run;
        this.json = JSON.createGenerator(out);
    }

    public static void write(RunInfo run, Methodology methodology, List<Rating> ratings, OutputStream out) {
        Function<Rating, ExplainedRating> serialiser = serialiser(methodology);
        try (ExplanationsJson explanations = new ExplanationsJson(() -> run, methodology, out)) {
            ratings.forEach(rating -> explanations.accept(serialiser.apply(rating)));
        }
    }

    /** Serialises each rating's explanation; safe to call from several threads at once. */
    public static Function<Rating, ExplainedRating> serialiser(Methodology methodology) {
        StepText text = new StepText(methodology.labels());
        return rating -> new ExplainedRating(rating, toJson(rating, text));
    }

    /** Writes the explanation as it was serialised: the same text the run archive keeps. */
    @Override
    public void accept(ExplainedRating rating) {
        start();
        json.writeRawValue(rating.explanation());
    }

    private void start() {
        if (!started) {
            started = true;
            json.writeStartObject();
            json.writeName("run");
            json.writePOJO(run.get());
            json.writeName("ratings");
            json.writeStartArray();
        }
    }

    /** Ends the file (once); the stream is closed by its owner. A run that failed before its first rating writes nothing. */
    @Override
    public void close() {
        if (!closed && started) {
            closed = true;
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        }
    }

    /** One rating as the object {@code explanations.json} holds for it, as JSON text: what the run archive keeps. */
    public static String toJson(Rating rating, StepText text) {
        return JSON.writeValueAsString(toMap(rating, text));
    }

    static Map<String, Object> toMap(Rating rating, StepText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("organisation", rating.assessment().getOrganisation());
        map.put("sector", rating.assessment().getSector());
        map.put("input_line", rating.assessment().getLine());
        map.put("rating", rating.value());
        map.put("results", rating.results());
        map.put("depends_on_assumptions", rating.dependsOnAssumptions());
        map.put("steps", rating.steps().stream().map(step -> step(step, text)).toList());
        return map;
    }

    private static Map<String, Object> step(Step step, StepText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rule", step.rule());
        map.put("text", text.render(step));
        map.put("detail", step.detail());
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Input input : step.inputs()) {
            inputs.put(input.name(), input.number() != null ? input.number() : input.value());
        }
        map.put("inputs", inputs);
        Map<String, Object> uses = new LinkedHashMap<>();
        step.uses().forEach((name, value) -> uses.put(name, value instanceof Score score ? score(score) : value));
        map.put("uses", uses);
        map.put("parameters", step.params().stream().map(ExplanationsJson::param).toList());
        map.put("outcomes", step.outcomes());
        return map;
    }

    /** Status then points, always: Map.of would order them differently from one JVM to the next. */
    private static Map<String, Object> score(Score score) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", score.status());
        map.put("points", score.points());
        return map;
    }

    static Map<String, Object> param(Param param) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", param.name());
        if (param.isBand()) {
            map.put("min", param.min());
            map.put("max", param.max());
        } else {
            map.put("value", param.value());
        }
        map.put("description", param.description());
        map.put("reference", param.reference());
        map.put("confidence", param.confidence() == null ? null : param.confidence().id());
        return map;
    }
}
