package org.assessor.methodology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assessor.fact.Confidence;
import org.assessor.fact.Param;
import tools.jackson.databind.JsonNode;

/**
 * Flattens the {@code parameters} tree of a configuration into named parameters, OpenFisca style: a
 * node with {@code value} (or a band's {@code min}/{@code max}) is a parameter and must say where it
 * comes from; any other node is a group of parameters with an optional description.
 */
final class ParameterTree {
    /** As the schema lists them ({@code $defs.parameter}); sorted, so that messages listing them read the same on every run. */
    private static final Set<String> LEAF_KEYS = new TreeSet<>(ConfigSchema.parameterKeys());
    private static final List<String> REQUIRED = ConfigSchema.requiredParameterKeys();

    private final ConfigProblems problems;
    private final DatedValues dated;
    private final List<Param> params = new ArrayList<>();

    private ParameterTree(ConfigProblems problems, DatedValues dated) {
        this.problems = problems;
        this.dated = dated;
    }

    /** @param asOf the date whose values apply, for parameters dated OpenFisca-style ({@code values: {date: value}}) */
    static List<Param> flatten(JsonNode parameters, String asOf, ConfigProblems problems) {
        ParameterTree tree = new ParameterTree(problems, new DatedValues(asOf, problems));
        if (parameters == null || !parameters.isObject()) {
            problems.error("parameters", "expected a tree of parameters");
        } else {
            tree.group("", parameters);
        }
        return tree.params;
    }

    private void group(String prefix, JsonNode node) {
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            String name = prefix.isEmpty() ? child.getKey() : prefix + "." + child.getKey();
            JsonNode value = child.getValue();
            if (child.getKey().equals("description") && value.isString()) {
                continue;
            }
            if (!value.isObject()) {
                problems.error("parameters." + name, "expected a parameter (value, description, reference, "
                        + "confidence) or a group of parameters, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            } else if (value.has("value") || value.has("values") || value.has("min") || value.has("max")) {
                leaf(name, value);
            } else {
                group(name, value);
            }
        }
    }

    private void leaf(String name, JsonNode node) {
        String path = "parameters." + name;
        for (String key : node.propertyNames()) {
            if (!LEAF_KEYS.contains(key)) {
                problems.error(path + "." + key, "unknown key '" + key + "'; a parameter may have " + String.join(", ", LEAF_KEYS));
            }
        }
        for (String key : REQUIRED) {
            JsonNode field = node.get(key);
            if (field == null || field.isNull() || field.isValueNode() && field.asString().isBlank()) {
                problems.error(path, "parameter has no " + key);
            } else if (field.isContainer()) {
                problems.error(path + "." + key, key + " must be text, found a " + (field.isArray() ? "list" : "map"));
            }
        }
        Confidence confidence = confidence(path, node.get("confidence"));
        int dot = name.lastIndexOf('.');
        String description = text(node, "description");
        JsonNode chosen = node.get("value");
        String valuePath = path + ".value";
        if (node.has("values")) {
            DatedValues.Choice choice = dated.choose(path + ".values", node.get("values"));
            chosen = choice == null ? null : choice.value();
            description = choice == null ? description : description + " (value in force from " + choice.since() + ")";
            valuePath = choice == null ? path + ".values" : path + ".values." + choice.since();
        }
        Object value = scalar(valuePath, chosen);
        params.add(new Param(name, dot < 0 ? "" : name.substring(0, dot), name.substring(dot + 1), value,
                value instanceof Number n ? n.doubleValue() : null, number(path + ".min", node.get("min")),
                number(path + ".max", node.get("max")), description, text(node, "reference"),
                confidence, text(node, "unit")));
    }

    private Confidence confidence(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Confidence.valueOf(show(node).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.error(path + ".confidence", "confidence '" + show(node)
                    + "' is not one of published, derived, assumed");
            return null;
        }
    }

    private Double number(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.error(path, "expected a number, found '" + show(node) + "'");
            return null;
        }
        return node.asDouble();
    }

    private Object scalar(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainer()) {
            problems.error(path, "expected a number, text or true/false, found a " + (node.isArray() ? "list" : "map"));
            return null;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.isBoolean() ? node.asBoolean() : node.asString();
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : show(value);
    }

    /** A node as text; lists and maps, which have no text of their own, as written in JSON. */
    private static String show(JsonNode node) {
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
