package org.assessor.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assessor.methodology.MethodologyLoader;
import org.assessor.methodology.YamlLocations;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where a YAML path of a methodology's configuration is written: in its own file or, for one that
 * {@code extends} another, in the file it inherited the path from. Checks made on the loaded
 * methodology use it to point at the line a user has to change.
 */
final class ConfigPlaces {
    private static final YAMLMapper YAML = org.assessor.system.Yaml.PLAIN;

    /** One configuration file of the chain, the methodology's own first; tree is null when it does not parse. */
    private record Source(String id, Path file, YamlLocations locations, JsonNode tree) {
    }

    private final List<Source> chain;

    private ConfigPlaces(List<Source> chain) {
        this.chain = chain;
    }

    /** The methodology's file and those it extends; stops quietly where the loader would report a problem. */
    static ConfigPlaces of(MethodologyLoader loader, String id) {
        List<Source> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String next = id; next != null && !seen.contains(next); ) {
            seen.add(next);
            Path file = loader.configFile(next);
            String yaml;
            try {
                yaml = Yaml.read(file);
            } catch (ProblemException e) {
                break; // the loader reports it
            }
            JsonNode tree = tree(yaml);
            chain.add(new Source(next, file, YamlLocations.of(yaml), tree));
            JsonNode parent = tree == null ? null : tree.get("extends");
            next = parent == null || !parent.isString() ? null : parent.asString();
        }
        return new ConfigPlaces(chain);
    }

    private static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A setting as the loader would merge it (the own file's, else the nearest parent's), or a missing node. */
    JsonNode setting(String key, String field) {
        for (Source source : chain) {
            JsonNode value = source.tree() == null ? null : source.tree().path(key).get(field);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    /** The ids of the methodology and those it extends, its own first. */
    List<String> ids() {
        return chain.stream().map(Source::id).toList();
    }

    /** A problem at the file and line that write {@code path}, or at its nearest written ancestor in the own file. */
    Problem error(String path, String message) {
        Source source = chain.stream().filter(s -> s.locations().has(path)).findFirst().orElse(chain.isEmpty() ? null : chain.get(0));
        if (source == null) {
            return Problem.error(null, 0, 0, path, message);
        }
        return Problem.error(source.file().toString(), source.locations().line(path), source.locations().column(path), path, message);
    }
}
