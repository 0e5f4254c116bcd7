package org.assessor.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.assessor.assessment.Step;
import org.assessor.fact.Param;
import org.assessor.fact.Score;

/**
 * The {@code b} of a step in a line of {@code explanations.jsonl}: the values its sentence's placeholders name, each
 * written so that {@link ExplanationRenderer} reads it back as the sentence read it when rating.
 */
final class LineBindings {
    private final BiConsumer<JsonBytes, Param> writeParam;

    /** @param writeParam writes a parameter as the line does (its position in the header, or in full) */
    LineBindings(BiConsumer<JsonBytes, Param> writeParam) {
        this.writeParam = writeParam;
    }

    /**
     * The bindings the rule's sentence names, in the order the template names them, each as a sentence reads it
     * (see {@link ExplanationRenderer}); one the rule does not have is {@code {"absent": true}}.
     */
    void write(JsonBytes g, Step step, Set<String> named) {
        if (named.isEmpty()) {
            return;
        }
        g.name("b").startArray();
        for (String name : named) {
            Object value = step.bindings().get(name);
            if (value == null && !step.bindings().containsKey(name)) {
                g.startObject().name("absent").bool(true).endObject();
            } else {
                binding(g, value, step);
            }
        }
        g.endArray();
    }

    private void binding(JsonBytes g, Object value, Step step) {
        if (value == null || value instanceof Number || value instanceof String || value instanceof Boolean) {
            g.value(value);
        } else if (value instanceof Param param) {
            g.startObject().name("p");
            writeParam.accept(g, param);
            g.endObject();
        } else if (value instanceof List<?> list) {
            scores(g, list, step);
        } else {
            g.startObject().name("t").string(String.valueOf(value)).endObject();
        }
    }

    /**
     * A list as a sentence reads it: its scores only, each as the position of that score in the step's uses (where
     * it always is, as a fact the step used) or, failing that, as [item, status, points].
     */
    private static void scores(JsonBytes g, List<?> list, Step step) {
        Map<String, Integer> positions = null;
        g.startObject().name("s").startArray();
        for (Object item : list) {
            if (item instanceof Score score) {
                positions = positions != null ? positions : positions(step.uses());
                String key = score.kind() + "." + score.item();
                Integer position = positions.get(key);
                if (position != null && step.uses().get(key) == score && score.kind().indexOf('.') < 0) {
                    g.number(position);
                } else {
                    g.startArray().string(score.item()).string(score.status()).value(score.points()).endArray();
                }
            }
        }
        g.endArray().endObject();
    }

    private static Map<String, Integer> positions(Map<String, Object> uses) {
        Map<String, Integer> positions = new HashMap<>();
        for (String name : uses.keySet()) {
            positions.put(name, positions.size());
        }
        return positions;
    }
}
