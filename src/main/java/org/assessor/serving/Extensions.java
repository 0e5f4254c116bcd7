package org.assessor.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which methodologies are built on which, from the {@code extends:} key of each configuration file as it
 * is on disk now, so that a change to a methodology rebuilds those that extend it too. A file that cannot
 * be read (say, half-written) extends nothing here: its own rebuild reports the problem.
 */
final class Extensions {
    private static final YAMLMapper YAML = org.assessor.system.Yaml.PLAIN;
    private static final String TESTS = ".tests.yaml";
    private static final String CONFIG = ".yaml";

    private final Path configs;

    Extensions(Path configs) {
        this.configs = configs;
    }

    /** The methodology and every methodology that extends it, directly or through others, parents first. */
    Set<String> affectedBy(String id) {
        Map<String, String> parents = parents();
        Set<String> affected = new LinkedHashSet<>();
        affected.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> child : parents.entrySet()) {
                grew |= affected.contains(child.getValue()) && affected.add(child.getKey());
            }
        }
        return affected;
    }

    private Map<String, String> parents() {
        Map<String, String> parents = new HashMap<>();
        try (Stream<Path> files = Files.list(configs)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(CONFIG) && !name.endsWith(TESTS)) {
                    String parent = parentOf(file);
                    if (parent != null) {
                        parents.put(name.substring(0, name.length() - CONFIG.length()), parent);
                    }
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return parents;
    }

    private static String parentOf(Path file) {
        try {
            JsonNode parent = YAML.readTree(Files.readString(file)).path("extends");
            return parent.isString() ? parent.stringValue() : null;
        } catch (IOException | JacksonException e) {
            return null;
        }
    }
}
