package org.assessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assessor.methodology.RuleFile;
import org.assessor.rules.AllowList.Policy;

/**
 * The hostile DRL samples in src/test/resources/hostile-drl: attacks by someone who may write a
 * methodology's rules. Each says in header comments what it tries and how it must be stopped:
 * <pre>
 * // Hostile: what the attack does
 * // Class: escape | package | hang | exhaustion | outside | integrity | injection
 * // Layer: text | code | runtime      the first layer that must stop it (see docs/security.md)
 * // Expect: rule "Name"               where the refusal points (a prefix; "-" for no rule)
 * // Canary: property | file           it proves itself when run without the guard (optional)
 * // Allow: functions, eval            what its methodology's configuration allows (optional)
 * // Text only: why                    only the text layer stops it, the generated code being harmless (optional)
 * // Compiles: no, why                 it does not compile even without the guard (optional)
 * </pre>
 * and marks the attacking line with {@code // attack}. A {@code property} canary sets the system property
 * {@link #CANARY}; a {@code file} canary creates a file in {@link #CANARY_FOLDER}.
 */
public final class HostileSamples {
    public static final Path FOLDER = Path.of("src/test/resources/hostile-drl");
    public static final String CANARY = "assessor.hostile.ran";
    public static final Path CANARY_FOLDER = Path.of("/tmp/assessor-hostile-canary");
    static final String PACKAGE = "assessor.hostile";
    static final Set<String> CLASSES = Set.of("escape", "package", "hang", "exhaustion", "outside", "integrity", "injection");

    /** One sample as its header describes it. */
    public record Sample(Path path, String text, String hostile, String attackClass, String layer, String expectAt, String canary,
                  boolean functions, boolean eval, String textOnly, String notCompiling) {
        public String name() {
            return path.getFileName().toString().replace(".drl", "");
        }

        RuleFile file() {
            return new RuleFile(path, text);
        }

        Policy policy() {
            return new Policy(Set.of(PACKAGE), functions, eval);
        }

        /** The 1-based line marked {@code // attack}. */
        public int attackLine() {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("// attack")) {
                    return i + 1;
                }
            }
            throw new IllegalStateException(path + " marks no line // attack");
        }

        /** The same attack as rules of the methodology {@code id}: in its package when it used the samples' own. */
        public String textFor(String id) {
            return text.replace("package " + PACKAGE + ";", "package " + Policy.packageOf(id) + ";");
        }
    }

    /** Whether a sample's canary has shown: the system property set, or a file in the canary folder. */
    public static boolean canaryShown() {
        if (System.getProperty(CANARY) != null) {
            return true;
        }
        try (Stream<Path> files = Files.list(CANARY_FOLDER)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Clears every canary, before and after a test, leaving the canary folder empty for a file canary to write in. */
    public static void clearCanaries() {
        System.clearProperty(CANARY);
        try (Stream<Path> files = Files.exists(CANARY_FOLDER) ? Files.list(CANARY_FOLDER) : Stream.empty()) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.createDirectories(CANARY_FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HostileSamples() {
    }

    public static List<Sample> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().map(HostileSamples::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Sample read(String name) {
        return read(FOLDER.resolve(name.endsWith(".drl") ? name : name + ".drl"));
    }

    static Sample read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String allow = header(text, "Allow", "");
        String expect = header(text, "Expect", null);
        return new Sample(path, text, header(text, "Hostile", null), header(text, "Class", null), header(text, "Layer", null),
                expect == null || expect.equals("-") ? null : expect, header(text, "Canary", null),
                allow.contains("functions"), allow.contains("eval"), header(text, "Text only", null),
                header(text, "Compiles", null));
    }

    private static String header(String text, String key, String absent) {
        Matcher matcher = Pattern.compile("^// " + key + ": (.+)$", Pattern.MULTILINE).matcher(text);
        return matcher.find() ? matcher.group(1).strip() : absent;
    }
}
