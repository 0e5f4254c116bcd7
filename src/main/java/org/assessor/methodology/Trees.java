package org.assessor.methodology;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Merging a configuration over the one it extends: maps merge key by key, anything else is replaced. */
final class Trees {
    private Trees() {
    }

    static JsonNode merge(JsonNode base, JsonNode over) {
        if (!base.isObject() || !over.isObject()) {
            return over.deepCopy();
        }
        ObjectNode merged = ((ObjectNode) base).deepCopy();
        for (Map.Entry<String, JsonNode> entry : over.properties()) {
            JsonNode old = merged.get(entry.getKey());
            merged.set(entry.getKey(), old == null || isLeafParameter(entry.getValue()) ? entry.getValue().deepCopy()
                    : merge(old, entry.getValue()));
        }
        return merged;
    }

    /** A parameter is replaced whole: a new value must come with its own description, reference and confidence. */
    private static boolean isLeafParameter(JsonNode node) {
        return node.isObject() && (node.has("value") || node.has("values") || node.has("min") || node.has("max"));
    }
}
