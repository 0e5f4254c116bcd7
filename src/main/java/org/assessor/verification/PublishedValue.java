package org.assessor.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.explanation.Numbers;
import org.assessor.methodology.Methodology;

/**
 * One value an input file publishes for an assessment beside the result the methodology maps it to and what
 * the rules computed for it: what {@link Verifier} checks for a whole run, and an explanation shows for one trust.
 *
 * @param computed the computed result (a number or text, as rated or as archived), null when the rules gave none
 */
public record PublishedValue(String published, String result, String publishedValue, Object computed) {

    /**
     * The assessment's published values the methodology maps to a result ({@code published_results}, or a
     * published id equal to a result name, as the {@code expected_*} columns of a wide file), by published id.
     * Blank published values are left out; without a mapping, so is a published value no result matches.
     */
    public static List<PublishedValue> of(Methodology methodology, Map<String, String> published, Map<String, ?> results) {
        Map<String, String> mapping = methodology.config().publishedResults();
        List<PublishedValue> values = new ArrayList<>();
        new TreeMap<>(published).forEach((id, value) -> {
            String result = mapping != null ? mapping.get(id) : id;
            if (result == null || value == null || value.isBlank()) {
                return;
            }
            Object computed = results.get(result);
            if (computed != null || mapping != null) {
                values.add(new PublishedValue(id, result, value, computed));
            }
        });
        return values;
    }

    /** Whether the computed result reproduces the published value: numbers within {@code tolerance}, texts exactly. */
    public boolean reproduced(double tolerance) {
        return Verifier.same(publishedValue, computed, tolerance);
    }

    /** The computed result as text (numbers as people write them), or null when there is none. */
    public String computedText() {
        return computed == null ? null : Numbers.text(computed);
    }
}
