package org.assessor.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.assessor.system.Problem;
import org.assessor.system.YamlErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a configuration file against the published JSON Schema for methodology configurations
 * ({@code schema/methodology-config.schema.json}), placing each error at its key's line. The schema is where
 * the configuration's shape is written down: the keys of a parameter are read from it, and a test holds the
 * records of {@link MethodologyConfig} to it.
 */
public final class ConfigSchema {
    public static final String RESOURCE = "/schema/methodology-config.schema.json";
    private static final JsonNode TREE = read();

    private ConfigSchema() {
    }

    /** Compiled for validation only when a configuration is checked, not when parameters are read. */
    private static final class Compiled {
        static final Schema SCHEMA = load();
    }

    private static Schema load() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException("the configuration schema is missing from the program", e);
        }
    }

    private static JsonNode read() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("the configuration schema is missing from the program", e);
        }
    }

    /** The schema as written, for tests that hold code to it. */
    public static JsonNode tree() {
        return TREE.deepCopy();
    }

    /** The keys a parameter (a leaf of the {@code parameters} tree) may have, as the schema lists them. */
    static Set<String> parameterKeys() {
        return new LinkedHashSet<>(TREE.path("$defs").path("parameter").path("properties").propertyNames());
    }

    /** The keys a parameter must have, in the order the schema lists them. */
    static List<String> requiredParameterKeys() {
        List<String> required = new ArrayList<>();
        TREE.path("$defs").path("parameter").path("required").forEach(key -> required.add(key.asString()));
        return List.copyOf(required);
    }

    public static List<Problem> check(Path file) {
        String yaml = MethodologyLoader.read(file);
        JsonNode tree;
        try {
            tree = MethodologyLoader.YAML.readTree(yaml);
        } catch (JacksonException e) {
            var at = e.getLocation();
            return List.of(Problem.error(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, YamlErrors.describe(e)));
        }
        YamlLocations locations = YamlLocations.of(MethodologyLoader.YAML, yaml);
        List<Problem> problems = new ArrayList<>();
        for (Error error : Compiled.SCHEMA.validate(tree)) {
            String path = dotted(error.getInstanceLocation());
            if (error.getProperty() != null && !path.endsWith(error.getProperty())) {
                path = path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
            }
            problems.add(Problem.error(file.toString(), locations.line(path), locations.column(path),
                    path.isEmpty() ? null : path, "schema: " + error.getMessage()));
        }
        return problems;
    }

    private static String dotted(NodePath path) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            names.add(element instanceof Integer index ? "[" + index + "]" : String.valueOf(element));
        }
        return String.join(".", names).replace(".[", "[");
    }
}
