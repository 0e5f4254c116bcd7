package org.assessor.methodology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assessor.fact.Param;
import org.assessor.system.Hashes;
import org.assessor.system.Yaml;
import org.assessor.system.YamlErrors;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.TextFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a methodology from a folder holding {@code methodology-configs/<id>.yaml} and
 * {@code rules/<id>/*.drl}, rejecting unknown and duplicate keys and reporting every problem with its place.
 */
public final class MethodologyLoader {
    static final YAMLMapper YAML = Yaml.STRICT;
    /** The largest rule file read: 20 times the largest shipped one (a DRL file is read and compiled whole). */
    public static final long MAX_RULE_FILE_BYTES = 1 << 20;

    private final Path home;

    public MethodologyLoader(Path home) {
        this.home = home;
    }

    public Path configFile(String id) {
        return home.resolve("methodology-configs").resolve(id + ".yaml");
    }

    public Path rulesFolder(String id) {
        return home.resolve("rules").resolve(id);
    }

    public Methodology load(String id) {
        return load(id, new ArrayDeque<>());
    }

    /** Loads a methodology; one that {@code extends} another is merged over it, key by key. */
    private Methodology load(String id, Deque<String> chain) {
        Path file = configFile(id);
        InsideHome.require(home, file);
        String yaml = read(file);
        YamlLocations locations = YamlLocations.of(YAML, yaml);
        ConfigProblems problems = new ConfigProblems(file.toString(), locations);
        MethodologyConfig config = bind(file, yaml, locations);
        JsonNode tree = YAML.readTree(yaml);
        Methodology parent = null;
        if (config.parent() != null) {
            parent = parent(config.parent(), id, chain, problems);
            tree = Trees.merge(parent.tree(), tree);
            config = YAML.treeToValue(tree, MethodologyConfig.class);
        }
        MethodologyChecks.check(config, id, problems);
        List<Param> params = ParameterTree.flatten(config.parameters(), config.asOf(), problems);
        if (!problems.isEmpty()) {
            throw new ProblemException("methodology " + id + " is not valid", problems.list());
        }
        List<RuleFile> rules = RuleFiles.merge(parent == null ? List.of() : parent.ruleFiles(), ruleFiles(id, parent != null));
        Map<String, String> sources = new TreeMap<>(parent == null ? Map.of() : parent.sources());
        sources.put(relative(file), yaml);
        rules.forEach(rule -> sources.put(relative(rule.path()), rule.text()));
        return new Methodology(config, tree, params, rules, version(parent, file, yaml, rules), sources, Map.of());
    }

    /** A file's path under the methodology home, with forward slashes on every system. */
    private String relative(Path file) {
        return home.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private Methodology parent(String parentId, String id, Deque<String> chain, ConfigProblems problems) {
        chain.push(id);
        if (chain.contains(parentId)) {
            List<String> cycle = new ArrayList<>(chain);
            Collections.reverse(cycle);
            cycle = cycle.subList(cycle.indexOf(parentId), cycle.size());
            problems.error("extends", "extends forms a cycle: " + String.join(" extends ", cycle) + " extends " + parentId);
            throw new ProblemException("methodology " + id + " is not valid", problems.list());
        }
        if (!Files.isRegularFile(configFile(parentId))) {
            problems.error("extends", "extends unknown methodology '" + parentId + "'");
            throw new ProblemException("methodology " + id + " is not valid", problems.list());
        }
        Methodology parent = load(parentId, chain);
        chain.pop();
        return parent;
    }

    private static MethodologyConfig bind(Path file, String yaml, YamlLocations locations) {
        try {
            return YAML.readValue(yaml, MethodologyConfig.class);
        } catch (JacksonException e) {
            // a syntax error or duplicate key is placed exactly by the parser, a binding error at its key
            String path = e instanceof StreamReadException ? null : dotted(e);
            int line = 0;
            int column = 0;
            if (path != null) {
                // records are bound at the end of their object, so the key's own place is the better one
                line = locations.line(path);
                column = locations.column(path);
            }
            if (line == 0 && e.getLocation() != null) {
                line = e.getLocation().getLineNr();
                column = e.getLocation().getColumnNr();
            }
            throw new ProblemException(Problem.error(file.toString(), line, column, path == null || path.isEmpty() ? null : path, message(e)));
        }
    }

    private static String message(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'; allowed here: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        return YamlErrors.describe(e);
    }

    private static String dotted(JacksonException e) {
        List<String> keys = new ArrayList<>();
        for (JacksonException.Reference reference : e.getPath()) {
            keys.add(reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]");
        }
        return String.join(".", keys).replace(".[", "[");
    }

    /** The methodology's own rule files; one that extends another may have none. */
    private List<RuleFile> ruleFiles(String id, boolean extending) {
        Path folder = rulesFolder(id);
        if (extending && !Files.isDirectory(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new ProblemException(Problem.error(folder.toString(), 0, 0, null,
                    "methodology " + id + " has no rules folder; expected DRL files in " + folder));
        }
        InsideHome.require(home, folder);
        try (Stream<Path> files = Files.list(folder)) {
            List<RuleFile> rules = files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted()
                    .map(f -> {
                        InsideHome.require(home, f);
                        return new RuleFile(f, read(f));
                    }).toList();
            if (rules.isEmpty() && !extending) {
                throw new ProblemException(Problem.error(folder.toString(), 0, 0, null, "no .drl files in " + folder));
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(Methodology parent, Path config, String yaml, List<RuleFile> rules) {
        MessageDigest digest = Hashes.sha256();
        if (parent != null) {
            Hashes.update(digest, "extends", parent.version());
        }
        Hashes.update(digest, config.getFileName().toString(), yaml);
        rules.forEach(rule -> Hashes.update(digest, rule.fileName(), rule.text()));
        return Hashes.hex(digest);
    }

    /**
     * A methodology file's text: YAML with its caps checked ({@link Yaml#read}), DRL no larger than
     * {@link #MAX_RULE_FILE_BYTES}; either strictly UTF-8, with the place of anything wrong.
     */
    static String read(Path file) {
        return file.getFileName().toString().endsWith(".yaml") ? Yaml.read(file) : TextFile.read(file, MAX_RULE_FILE_BYTES);
    }
}
