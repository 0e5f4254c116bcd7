package org.assessor.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.assessor.MethodologyCopy;
import org.assessor.fact.Confidence;
import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration's shape is written once, in the JSON Schema ({@link ConfigSchema#RESOURCE}). The records
 * Jackson binds a configuration to must say the same: at every level, each key of a record is a property of the
 * schema there and each property a key; a map where the schema has named values, a list where it has an array;
 * and the values the code reads by name are the schema's. A parameter's keys are read from the schema itself.
 */
class ConfigSchemaTest {
    private static final JsonNode SCHEMA = ConfigSchema.tree();

    @Test
    void theRecordsHaveTheKeysOfTheSchemaAtEveryLevel() {
        assertThat(differences(MethodologyConfig.class, SCHEMA)).isEmpty();
    }

    @Test
    void theComparisonFindsAKeyOnOneSideOnlyAndAMapTheSchemaLacks() {
        JsonNode schema = JsonMapper.builder().build().readTree("""
                {"type": "object", "properties": {"plain": {"type": "string"}, "only_in_schema": {"type": "string"},
                 "named": {"type": "object", "properties": {"label": {"type": "string"}}}}}""");

        assertThat(differences(Sample.class, schema)).containsExactlyInAnyOrder(
                "(top): only in the records: only_in_records", "(top): only in the schema: only_in_schema",
                ".named: a map in the records, not in the schema (no additionalProperties)");
    }

    /** The record for the comparison's own test: {@code named} is a map where the schema has an object. */
    record Sample(String plain, @JsonProperty("only_in_records") String onlyInRecords, Map<String, String> named) {
    }

    @Test
    void confidenceTakesTheValuesTheSchemaAllows() {
        assertThat(enumAt("/$defs/parameter/properties/confidence"))
                .containsExactlyElementsOf(Arrays.stream(Confidence.values()).map(Confidence::id).toList());
    }

    @Test
    void theDomainTypesAndTheInputLayoutTheCodeReadsAreTheSchemas() {
        assertThat(enumAt("/$defs/domain/properties/type"))
                .containsExactly(MethodologyConfig.Domain.NUMBER, MethodologyConfig.Domain.INTEGER);
        assertThat(enumAt("/properties/input_format/properties/layout")).containsExactly(MethodologyConfig.InputFormat.LONG);
    }

    @Test
    void aParameterMayHaveTheKeysTheSchemaGivesIt(@TempDir Path home) {
        MethodologyCopy.starRatings("colourful")
                .yaml("moderate_fail: {min: 4, max: 6, description: Moderate-fail band for acute trusts.,",
                        "moderate_fail: {min: 4, max: 6, colour: red, description: Moderate-fail band for acute trusts.,")
                .writeTo(home);

        assertThatThrownBy(() -> new Methodologies(home).load("colourful"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("parameters.key_target_summary.acute.moderate_fail.colour: unknown key 'colour'; a parameter "
                        + "may have confidence, description, max, min, reference, unit, value, values");
        assertThat(ConfigSchema.parameterKeys())
                .containsExactlyInAnyOrder("value", "values", "min", "max", "description", "reference", "confidence", "unit");
        assertThat(ConfigSchema.requiredParameterKeys()).containsExactly("description", "reference", "confidence");
    }

    private static List<String> enumAt(String pointer) {
        List<String> values = new ArrayList<>();
        SCHEMA.at(pointer).path("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> differences(Type type, JsonNode schema) {
        List<String> differences = new ArrayList<>();
        compare(type, schema, schema, "", differences);
        return differences;
    }

    private static void compare(Type type, JsonNode root, JsonNode schema, String path, List<String> differences) {
        JsonNode node = schema.has("$ref") ? root.at(schema.path("$ref").asString().substring(1)) : schema;
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            Map<String, Type> keys = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
                keys.put(named == null ? component.getName() : named.value(), component.getGenericType());
            }
            Set<String> properties = new LinkedHashSet<>(node.path("properties").propertyNames());
            String where = path.isEmpty() ? "(top)" : path;
            keys.keySet().stream().filter(k -> !properties.contains(k)).forEach(k -> differences.add(where + ": only in the records: " + k));
            properties.stream().filter(p -> !keys.containsKey(p)).forEach(p -> differences.add(where + ": only in the schema: " + p));
            keys.forEach((key, component) -> {
                if (properties.contains(key)) {
                    compare(component, root, node.path("properties").path(key), path + "." + key, differences);
                }
            });
        } else if (Map.class.isAssignableFrom(raw)) {
            JsonNode values = node.path("additionalProperties");
            if (!values.isObject()) {
                differences.add(path + ": a map in the records, not in the schema (no additionalProperties)");
            } else {
                compare(((ParameterizedType) type).getActualTypeArguments()[1], root, values, path + ".*", differences);
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.has("items")) {
                differences.add(path + ": a list in the records, not in the schema (no items)");
            } else {
                compare(((ParameterizedType) type).getActualTypeArguments()[0], root, node.path("items"), path + "[]", differences);
            }
        } else if (node.has("properties") && raw != JsonNode.class) {
            differences.add(path + ": an object with properties in the schema, a " + raw.getSimpleName() + " in the records");
        }
        // a JsonNode (the parameters tree) is read by ParameterTree, with the keys the schema gives a parameter
    }
}
