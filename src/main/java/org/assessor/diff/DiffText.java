package org.assessor.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A methodology diff to read (text, by area) or to process (JSON: the {@link MethodologyDiff} record as it is). */
public final class DiffText {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
            .build();
    /** A longer value (a description) is cut in the text; the JSON has it whole. */
    private static final int LONGEST = 160;
    /** The lines {@link #lines} starts with: side A, side B and the summary. */
    public static final int HEADER_LINES = 3;

    private DiffText() {
    }

    public static String json(MethodologyDiff diff) {
        return JSON.writeValueAsString(diff) + "\n";
    }

    public static List<String> lines(MethodologyDiff diff) {
        List<String> lines = new ArrayList<>();
        lines.add("A: " + diff.a().id() + " (version " + diff.a().version().substring(0, 12) + ")");
        lines.add("B: " + diff.b().id() + " (version " + diff.b().version().substring(0, 12) + ")");
        lines.add(diff.summary());
        for (Change.Area area : Change.Area.values()) {
            List<Change> changes = diff.in(area);
            if (changes.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(area.heading().substring(0, 1).toUpperCase(Locale.ROOT) + area.heading().substring(1));
            for (Change change : changes) {
                lines.add("  " + change.kind().id() + " " + (area == Change.Area.RULE ? "\"" + change.name() + "\"" : change.name()));
                change.fields().forEach(field -> lines.add("      " + field.name() + ": " + field(change.kind(), field)));
                change.drl().forEach(line -> lines.add("      | " + line));
            }
        }
        return lines;
    }

    public static String text(MethodologyDiff diff) {
        return String.join("\n", lines(diff)) + "\n";
    }

    private static String field(Change.Kind kind, Change.Field field) {
        return switch (kind) {
            case ADDED -> shown(field.after());
            case REMOVED -> shown(field.before());
            case CHANGED -> listChange(field.before(), field.after()) != null ? listChange(field.before(), field.after())
                    : shown(field.before()) + " -> " + shown(field.after());
        };
    }

    /** Two lists of texts (a sector's inputs) as what left and what joined, e.g. "without clinical_focus; with x"; else null. */
    private static String listChange(String before, String after) {
        List<String> old = texts(before);
        List<String> now = texts(after);
        if (old == null || now == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> without = old.stream().filter(t -> !now.contains(t)).toList();
        List<String> with = now.stream().filter(t -> !old.contains(t)).toList();
        if (!without.isEmpty()) {
            parts.add("without " + String.join(", ", without));
        }
        if (!with.isEmpty()) {
            parts.add("with " + String.join(", ", with));
        }
        return parts.isEmpty() ? "same texts in another order: " + String.join(", ", now) : String.join("; ", parts);
    }

    private static List<String> texts(String value) {
        if (value == null || !value.startsWith("[")) {
            return null;
        }
        JsonNode list = JSON.readTree(value);
        List<String> texts = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isString()) {
                return null;
            }
            texts.add(item.asString());
        }
        return texts;
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        String line = value.replace("\n", " ");
        return line.length() <= LONGEST ? line : line.substring(0, LONGEST) + "… (" + value.length() + " characters)";
    }
}
