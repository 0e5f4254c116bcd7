package org.assessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assessor.rules.AllowList.Policy;

/**
 * A copy of one of the project's methodologies under another id, with edits, written into a
 * methodology home (methodology-configs/, rules/ and the docs/methodologies/ its references name) for tests: a fixture is the real methodology with
 * one thing broken, and the edit that breaks it reads next to the test that expects the problem.
 * Every edit replaces the first occurrence of a text that must be there, so a fixture cannot silently
 * stay unbroken.
 */
public final class MethodologyCopy {
    private final String id;
    private String yaml;
    private String tests;
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final List<String> removed = new ArrayList<>();

    private MethodologyCopy(String source, String id) {
        this.id = id;
        Path configs = Projects.HOME.resolve("methodology-configs");
        this.yaml = read(configs.resolve(source + ".yaml")).replace("id: " + source + "\n", "id: " + id + "\n");
        this.tests = read(configs.resolve(source + ".tests.yaml")).replace("methodology: " + source + "\n", "methodology: " + id + "\n");
        try (Stream<Path> files = Files.list(Projects.HOME.resolve("rules").resolve(source))) {
            // a copy's rules are in its own package, as they must be (rules.AllowList)
            String from = "package " + Policy.packageOf(source) + ";";
            String to = "package " + Policy.packageOf(id) + ";";
            files.filter(f -> f.toString().endsWith(".drl")).sorted()
                    .forEach(f -> rules.put(f.getFileName().toString(), read(f).replace(from, to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2003/04 star ratings under another id. */
    public static MethodologyCopy starRatings(String id) {
        return new MethodologyCopy("star-ratings-2003-04", id);
    }

    public String id() {
        return id;
    }

    public MethodologyCopy yaml(String old, String replacement) {
        yaml = replace(yaml, old, replacement, id + ".yaml");
        return this;
    }

    public MethodologyCopy tests(String old, String replacement) {
        tests = replace(tests, old, replacement, id + ".tests.yaml");
        return this;
    }

    public MethodologyCopy rule(String file, String old, String replacement) {
        rules.put(file, replace(rules.get(file), old, replacement, file));
        return this;
    }

    public MethodologyCopy withoutRuleFile(String file) {
        removed.add(file);
        return this;
    }

    /** Writes the copy into {@code home} and returns home. */
    public Path writeTo(Path home) {
        try {
            Path configs = Files.createDirectories(home.resolve("methodology-configs"));
            copyDocs(home);
            Files.writeString(configs.resolve(id + ".yaml"), yaml);
            Files.writeString(configs.resolve(id + ".tests.yaml"), tests);
            Path folder = Files.createDirectories(home.resolve("rules").resolve(id));
            for (Map.Entry<String, String> rule : rules.entrySet()) {
                if (!removed.contains(rule.getKey())) {
                    Files.writeString(folder.resolve(rule.getKey()), rule.getValue());
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the project's docs/methodologies/ into {@code home}, where parameters' references must resolve. */
    public static void copyDocs(Path home) {
        Path from = Projects.HOME.resolve("docs/methodologies");
        try (Stream<Path> docs = Files.list(from)) {
            Path to = Files.createDirectories(home.resolve("docs/methodologies"));
            for (Path doc : docs.toList()) {
                Files.copy(doc, to.resolve(doc.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line of the written file {@code relative} (to home) that contains {@code text}. */
    public static int lineOf(Path home, String relative, String text) {
        List<String> lines;
        try {
            lines = Files.readAllLines(home.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' is not in " + relative);
    }

    /** Replaces the first occurrence only: a fixture breaks one thing. */
    private static String replace(String text, String old, String replacement, String where) {
        int at = text.indexOf(old);
        if (at < 0) {
            throw new AssertionError("'" + old + "' is not in " + where);
        }
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
