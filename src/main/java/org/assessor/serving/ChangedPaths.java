package org.assessor.serving;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which methodology a changed path belongs to: {@code rules/<id>/...} (its DRL files, or the folder itself)
 * and {@code methodology-configs/<id>.yaml} or {@code <id>.tests.yaml}. Anything else — editor swap and
 * backup files, other folders — belongs to none. Methodologies that extend the one changed are found by
 * {@link Extensions}.
 */
final class ChangedPaths {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String TESTS = ".tests.yaml";
    private static final String CONFIG = ".yaml";

    private final Path rules;
    private final Path configs;

    ChangedPaths(Path home) {
        Path root = home.toAbsolutePath().normalize();
        this.rules = root.resolve("rules");
        this.configs = root.resolve("methodology-configs");
    }

    Path rules() {
        return rules;
    }

    Path configs() {
        return configs;
    }

    Optional<String> methodologyOf(Path changed) {
        Path path = changed.toAbsolutePath().normalize();
        if (path.startsWith(rules) && !path.equals(rules)) {
            Path relative = rules.relativize(path);
            boolean relevant = relative.getNameCount() == 1 || relative.getFileName().toString().endsWith(".drl");
            return relevant ? id(relative.getName(0).toString()) : Optional.empty();
        }
        if (configs.equals(path.getParent())) {
            String name = path.getFileName().toString();
            if (name.endsWith(TESTS)) {
                return id(name.substring(0, name.length() - TESTS.length()));
            }
            if (name.endsWith(CONFIG)) {
                return id(name.substring(0, name.length() - CONFIG.length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> id(String candidate) {
        return ID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
