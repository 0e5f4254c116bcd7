package org.assessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assessor.methodology.RuleFile;

/**
 * The hostile DRL samples in src/test/resources/hostile-drl. Each says in a header comment where the
 * allow-list must report it ({@code // Expect: rule "Name"}, a prefix; {@code -} for no rule) and marks
 * the attacking line with {@code // attack}.
 */
final class HostileSamples {
    static final Path FOLDER = Path.of("src/test/resources/hostile-drl");
    private static final Pattern EXPECT = Pattern.compile("^// Expect: (.+)$", Pattern.MULTILINE);

    private HostileSamples() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleFile read(Path path) {
        try {
            return new RuleFile(path, Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleFile read(String name) {
        return read(FOLDER.resolve(name));
    }

    /** The 1-based line marked {@code // attack}. */
    static int attackLine(RuleFile file) {
        List<String> lines = file.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// attack")) {
                return i + 1;
            }
        }
        throw new IllegalStateException(file.path() + " marks no line // attack");
    }

    /** The start of the rule (or function, global, declaration) the attack is in; null when in none. */
    static String expectedAt(RuleFile file) {
        Matcher matcher = EXPECT.matcher(file.text());
        if (!matcher.find()) {
            throw new IllegalStateException(file.path() + " has no // Expect: line");
        }
        return matcher.group(1).equals("-") ? null : matcher.group(1);
    }
}
