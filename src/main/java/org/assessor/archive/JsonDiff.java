package org.assessor.archive;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Where two explanations first differ, as a path such as {@code steps[2].parameters[0].value}. */
final class JsonDiff {
    private static final int SHOWN = 80;

    private JsonDiff() {
    }

    /** The first difference as text, or null when the two are equal. */
    static String first(JsonNode archived, JsonNode replayed, String path) {
        if (archived != null && archived.equals(replayed)) {
            return null;
        }
        if (archived != null && replayed != null && archived.isObject() && replayed.isObject()) {
            Set<String> names = new LinkedHashSet<>(archived.propertyNames());
            names.addAll(replayed.propertyNames());
            for (String name : names) {
                String difference = first(archived.get(name), replayed.get(name), path + "." + name);
                if (difference != null) {
                    return difference;
                }
            }
        }
        if (archived != null && replayed != null && archived.isArray() && replayed.isArray()) {
            for (int i = 0; i < Math.max(archived.size(), replayed.size()); i++) {
                String difference = first(archived.get(i), replayed.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
        }
        return path + ": archived " + shown(archived) + ", replayed " + shown(replayed);
    }

    private static String shown(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
