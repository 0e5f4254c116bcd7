package org.assessor.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.system.NumberText;
import org.assessor.system.Shown;
import org.assessor.system.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The parameters of a configuration that are written one to a line ({@code key: {value: 3, description: …,
 * reference: …, confidence: …}}), for the workbench's parameter form: read, and one of them rewritten in place,
 * every other line of the file kept as it is (comments, order, layout). A parameter written otherwise (over
 * several lines, with dates) is edited in the YAML editor.
 */
public final class ParameterLines {
    /** What the form edits; a parameter with any other key is left to the editor. */
    public static final Set<String> FIELD_NAMES = Set.of("value", "min", "max", "unit", "description", "reference", "confidence");
    private static final Set<String> CONFIDENCE = Set.of("published", "derived", "assumed");
    private static final Pattern LINE = Pattern.compile("^(\\s*)(\"?[A-Za-z0-9_\\-]+\"?):\\s*(\\{.*\\})\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^(\\s*)(\"?[A-Za-z0-9_\\-]+\"?):.*$");

    private ParameterLines() {
    }

    /** One parameter of the form: its dotted name, its 1-based line and its fields as written. */
    public record Parameter(String name, int line, Map<String, String> fields) {
        public boolean isBand() {
            return fields.containsKey("min") || fields.containsKey("max");
        }
    }

    /** Every parameter written on one line under {@code parameters:}, in file order. */
    public static List<Parameter> of(String yaml) {
        List<Parameter> parameters = new ArrayList<>();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        boolean inParameters = false;
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher key = KEY.matcher(lines[i]);
            if (!key.matches() || lines[i].strip().startsWith("#")) {
                continue;
            }
            int indent = key.group(1).length();
            if (indent == 0) {
                inParameters = unquoted(key.group(2)).equals("parameters");
                path.clear();
                indents.clear();
                continue;
            }
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            indents.add(indent);
            path.add(unquoted(key.group(2)));
            Matcher line = LINE.matcher(lines[i]);
            if (inParameters && line.matches()) {
                Map<String, String> fields = fields(line.group(3));
                if (fields != null && FIELD_NAMES.containsAll(fields.keySet()) && fields.containsKey("reference")) {
                    parameters.add(new Parameter(String.join(".", path), i + 1, fields));
                }
            }
        }
        return parameters;
    }

    /**
     * The configuration with parameter {@code name}'s line rewritten with {@code changed} fields (a blank one
     * removed); a numeric value must stay a number, written as the number syntax says, and confidence one of
     * published, derived, assumed.
     */
    public static String update(String yaml, String name, Map<String, String> changed) {
        Parameter parameter = of(yaml).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no parameter " + name + " written on one line; edit it in the YAML"));
        Map<String, String> fields = new LinkedHashMap<>(parameter.fields());
        changed.forEach((field, value) -> {
            if (!FIELD_NAMES.contains(field)) {
                throw new Refused(Refused.Reason.INVALID, "a parameter has no field " + field + "; the form edits " + FIELD_NAMES);
            }
            if (value == null || value.isBlank()) {
                fields.remove(field);
            } else {
                fields.put(field, value.strip());
            }
        });
        check(name, parameter.fields(), fields);
        String[] lines = yaml.split("\n", -1);
        Matcher line = LINE.matcher(lines[parameter.line() - 1]);
        line.matches();
        lines[parameter.line() - 1] = line.group(1) + line.group(2) + ": " + flowMap(fields, parameter.fields())
                + (line.group(4) == null ? "" : " " + line.group(4));
        return String.join("\n", lines);
    }

    private static void check(String name, Map<String, String> before, Map<String, String> after) {
        for (String number : List.of("value", "min", "max")) {
            if (after.containsKey(number) && isNumber(before.get(number)) && !isNumber(after.get(number))) {
                throw new Refused(Refused.Reason.INVALID, name + "." + number + " must stay a number: "
                        + Shown.quoted(after.get(number)) + " is " + NumberText.problem(after.get(number)));
            }
        }
        if (!after.containsKey("value") && !after.containsKey("min") && !after.containsKey("max")) {
            throw new Refused(Refused.Reason.INVALID, name + " needs a value, or a min and/or max for a band");
        }
        if (!after.containsKey("reference") || !after.containsKey("confidence") || !CONFIDENCE.contains(after.get("confidence"))) {
            throw new Refused(Refused.Reason.INVALID, name + " needs a reference and a confidence of published, derived or assumed");
        }
    }

    /** The fields as a YAML flow map: numbers that were numbers stay bare, everything else is double-quoted. */
    private static String flowMap(Map<String, String> fields, Map<String, String> before) {
        List<String> entries = new ArrayList<>();
        fields.forEach((field, value) -> entries.add(field + ": " + (isNumber(value) && (isNumber(before.get(field))
                || !before.containsKey(field) && Set.of("value", "min", "max").contains(field)) || field.equals("confidence")
                ? value : quoted(value))));
        return "{" + String.join(", ", entries) + "}";
    }

    /** A text as a YAML double-quoted scalar. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isNumber(String text) {
        return text != null && NumberText.problem(text) == null;
    }

    private static Map<String, String> fields(String flowMap) {
        try {
            JsonNode map = Yaml.PLAIN.readTree(flowMap);
            if (!map.isObject()) {
                return null;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : map.propertyNames()) {
                JsonNode value = map.get(field);
                if (!value.isValueNode() || value.isNull()) {
                    return null;
                }
                fields.put(field, value.asString());
            }
            return fields;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String unquoted(String key) {
        return key.startsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }
}
