package org.assessor.methodology;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readable names for the ids a methodology uses: sectors, inputs, results and periods by id, and input values
 * by the input they belong to (the same id, {@code not_applicable}, reads differently per domain).
 */
public final class Labels {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Map<String, String>> valuesByInput = new HashMap<>();

    private Labels() {
    }

    /** Labels as {@link #names()} and {@link #values()} gave them: what a file carries to render its sentences later. */
    public static Labels of(Map<String, String> names, Map<String, Map<String, String>> values) {
        Labels labels = new Labels();
        labels.names.putAll(names);
        values.forEach((input, byValue) -> labels.valuesByInput.put(input, Map.copyOf(byValue)));
        return labels;
    }

    /** Every label of an id, sorted by id. */
    public Map<String, String> names() {
        return new TreeMap<>(names);
    }

    /** Every input's value labels (inputs without any left out), sorted by input and value. */
    public Map<String, Map<String, String>> values() {
        Map<String, Map<String, String>> sorted = new TreeMap<>();
        valuesByInput.forEach((input, byValue) -> {
            if (!byValue.isEmpty()) {
                sorted.put(input, new TreeMap<>(byValue));
            }
        });
        return sorted;
    }

    Labels(MethodologyConfig config) {
        if (config.outputs() != null) {
            config.outputs().forEach((id, output) -> put(id, output == null ? null : output.label()));
        }
        config.sectors().forEach((id, sector) -> put(id, sector.label()));
        if (config.attributes() != null) {
            config.attributes().forEach((id, attribute) -> put(id, attribute == null ? null : attribute.label()));
        }
        if (config.rating() != null) {
            put("rating", config.rating().label());
        }
        config.inputs().forEach((id, input) -> {
            put(id, input.label());
            valuesByInput.put(id, valueLabels(config, input.domain()));
        });
        // a period reads as the input file writes it ("Q1 2025/26" for q1_2025_26)
        if (config.inputFormat() != null && config.inputFormat().periodValues() != null) {
            config.inputFormat().periodValues().forEach((text, id) -> names.putIfAbsent(id, text));
        }
    }

    private static Map<String, String> valueLabels(MethodologyConfig config, String domainId) {
        Map<String, String> labels = new HashMap<>();
        MethodologyConfig.Domain domain = config.domains() == null ? null : config.domains().get(domainId);
        if (domain != null && domain.values() != null) {
            domain.values().forEach((id, value) -> {
                if (value != null && value.label() != null) {
                    labels.put(id, value.label());
                }
            });
        }
        return labels;
    }

    private void put(String id, String label) {
        if (label != null) {
            names.put(id, label);
        }
    }

    /** Whether the methodology gives the id a label of its own. */
    public boolean has(String id) {
        return names.containsKey(id);
    }

    /** The label of an id, or the id made readable ({@code moderate_fail} reads "moderate fail"). */
    public String of(String id) {
        String label = names.get(id);
        return label != null ? label : readable(id);
    }

    /** The label of one value of an input, e.g. "no review" for clinical governance not_applicable. */
    public String value(String input, String value) {
        String label = valuesByInput.getOrDefault(input, Map.of()).get(value);
        return label != null ? label : readable(value);
    }

    /**
     * A value as a reader should see it: the label its input's domain gives it, else an id ({@code moderate_fail})
     * in words, else the value as it is (numbers, names, codes).
     */
    public String shown(String column, String value) {
        String label = valuesByInput.getOrDefault(column, Map.of()).get(value);
        return label != null ? label : ID.matcher(value).matches() ? readable(value) : value;
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+");

    private static String readable(String id) {
        return id.replace('_', ' ');
    }
}
