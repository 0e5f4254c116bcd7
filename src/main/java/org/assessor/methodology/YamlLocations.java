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
 * Line and column of every key and list item in a YAML document, by path
 * ({@code parameters.star_rating.fail}, {@code cases[3].input}), so that checks made after binding can
 * still point at the place in the file.
 */
public final class YamlLocations {
    private static final YAMLMapper PLAIN = org.assessor.system.Yaml.PLAIN;

    private final Map<String, int[]> byPath = new HashMap<>();

    /** One level of nesting: an object's current key, or a list's next index. */
    private static final class Level {
        final String path;
        final boolean list;
        int next;

        Level(String path, boolean list) {
            this.path = path;
            this.list = list;
        }
    }

    /** Places in any YAML text; a document that does not parse gives the places read before the error. */
    public static YamlLocations of(String yaml) {
        return of(PLAIN, yaml);
    }

    static YamlLocations of(YAMLMapper mapper, String yaml) {
        YamlLocations locations = new YamlLocations();
        Deque<Level> levels = new ArrayDeque<>();
        String key = "";
        try (JsonParser parser = mapper.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Level parent = levels.peekLast();
                if (token == JsonToken.PROPERTY_NAME) {
                    key = join(parent == null ? "" : parent.path, parser.currentName());
                    locations.put(key, parser.currentTokenLocation());
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    levels.pollLast();
                } else {
                    String path = key;
                    if (parent != null && parent.list) {
                        // a list item is placed where its value starts: its first key, or the scalar itself
                        path = parent.path + "[" + parent.next++ + "]";
                        locations.put(path, parser.currentTokenLocation());
                    }
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        levels.addLast(new Level(path, token == JsonToken.START_ARRAY));
                    }
                }
            }
        } catch (RuntimeException e) {
            // the binder reports syntax errors with their place; here a partial map is enough
        }
        return locations;
    }

    /** The first place stands: a key written twice is the parser's to report. */
    private void put(String path, TokenStreamLocation at) {
        byPath.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Whether this exact path is written in the document. */
    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    public int line(String path) {
        int[] at = nearest(path);
        return at == null ? 0 : at[0];
    }

    public int column(String path) {
        int[] at = nearest(path);
        return at == null ? 0 : at[1];
    }

    /** The place of the path, or of its closest ancestor that has one. */
    private int[] nearest(String path) {
        for (String p = path; p != null && !p.isEmpty(); p = parent(p)) {
            int[] at = byPath.get(p);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
