package org.assessor.archive;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The small JSON objects the archive keeps in a column: results, sources, changes. */
final class Json {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private Json() {
    }

    static String text(Map<String, String> map) {
        return JSON.writeValueAsString(map);
    }

    static Map<String, String> map(String json) {
        return JSON.readValue(json, TEXTS);
    }
}
