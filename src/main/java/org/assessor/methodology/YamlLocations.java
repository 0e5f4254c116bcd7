package org.assessor.methodology;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Line and column of every key in a YAML document, by dotted path ({@code parameters.star_rating.fail}),
 * so that checks made after binding can still point at the place in the file.
 */
final class YamlLocations {
    private final Map<String, int[]> byPath = new HashMap<>();

    static YamlLocations of(YAMLMapper mapper, String yaml) {
        YamlLocations locations = new YamlLocations();
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser parser = mapper.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case PROPERTY_NAME -> {
                        path.addLast(parser.currentName());
                        TokenStreamLocation at = parser.currentTokenLocation();
                        locations.byPath.put(dotted(path), new int[] {at.getLineNr(), at.getColumnNr()});
                    }
                    case START_OBJECT, START_ARRAY -> path.addLast("");
                    case END_OBJECT, END_ARRAY -> {
                        path.pollLast();
                        popValue(path);
                    }
                    default -> popValue(path);
                }
            }
        } catch (RuntimeException e) {
            // the binder reports syntax errors with their place; here a partial map is enough
        }
        return locations;
    }

    private static String dotted(Deque<String> path) {
        return String.join(".", path.stream().filter(key -> !key.isEmpty()).toList());
    }

    /** After a value, the key it belonged to is done; array elements have no key to pop. */
    private static void popValue(Deque<String> path) {
        if (!path.isEmpty() && !path.peekLast().isEmpty()) {
            path.pollLast();
        }
    }

    int line(String path) {
        int[] at = nearest(path);
        return at == null ? 0 : at[0];
    }

    int column(String path) {
        int[] at = nearest(path);
        return at == null ? 0 : at[1];
    }

    /** The place of the path, or of its closest ancestor that has one. */
    private int[] nearest(String path) {
        for (String p = path; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            int[] at = byPath.get(p);
            if (at != null) {
                return at;
            }
        }
        return null;
    }
}
