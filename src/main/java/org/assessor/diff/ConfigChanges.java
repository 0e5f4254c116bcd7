package org.assessor.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assessor.methodology.MethodologyConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What differs in the configuration apart from parameters: each setting (title, period, rating scale, rules policy,
 * limits, input format...) as a whole, and the entries of the named sections (sectors, inputs, domains, attributes,
 * outputs, tables) key by key, with the properties of an entry that differ. Both sides as merged over any
 * methodology they extend.
 */
final class ConfigChanges {
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final Map<String, Change.Area> SECTIONS = Map.of("sectors", Change.Area.SECTOR, "inputs", Change.Area.INPUT,
            "domains", Change.Area.DOMAIN, "attributes", Change.Area.ATTRIBUTE, "outputs", Change.Area.OUTPUT,
            "tables", Change.Area.TABLE);
    /** The id names the sides; parameters are compared one by one, as the engine sees them. */
    private static final Set<String> NOT_SETTINGS = Set.of("id", "parameters");

    private ConfigChanges() {
    }

    static List<Change> of(MethodologyConfig a, MethodologyConfig b) {
        JsonNode before = JSON.valueToTree(a);
        JsonNode after = JSON.valueToTree(b);
        List<Change> changes = new ArrayList<>();
        for (String key : keys(before, after)) {
            if (NOT_SETTINGS.contains(key)) {
                continue;
            }
            Change.Area section = SECTIONS.get(key);
            if (section == null) {
                Change setting = entry(Change.Area.SETTING, key, wrap(before.get(key)), wrap(after.get(key)));
                if (setting != null) {
                    changes.add(setting);
                }
            } else {
                for (String name : keys(before.get(key), after.get(key))) {
                    Change entry = entry(section, name, at(before.get(key), name), at(after.get(key), name));
                    if (entry != null) {
                        changes.add(entry);
                    }
                }
            }
        }
        return changes;
    }

    /** An entry's change with the properties that differ (all of them for one added or removed), or null if none. */
    private static Change entry(Change.Area area, String name, JsonNode before, JsonNode after) {
        if (Objects.equals(before, after)) {
            return null;
        }
        Change.Kind kind = before == null ? Change.Kind.ADDED : after == null ? Change.Kind.REMOVED : Change.Kind.CHANGED;
        List<Change.Field> fields = new ArrayList<>();
        for (String property : keys(before, after)) {
            JsonNode old = at(before, property);
            JsonNode now = at(after, property);
            if (!Objects.equals(old, now)) {
                fields.add(new Change.Field(property, text(old), text(now)));
            }
        }
        return new Change(area, name, kind, fields, List.of());
    }

    /** A setting compared as one property named {@code value} (most are a single text or a small map). */
    private static JsonNode wrap(JsonNode value) {
        return value == null || value.isNull() ? null : JSON.createObjectNode().set("value", value);
    }

    private static JsonNode at(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    private static Set<String> keys(JsonNode before, JsonNode after) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] {before, after}) {
            if (node != null && node.isObject()) {
                keys.addAll(node.propertyNames());
            }
        }
        return keys;
    }

    /** A text as itself, anything else as compact JSON. */
    private static String text(JsonNode value) {
        return value == null ? null : value.isString() ? value.asString() : value.toString();
    }
}
