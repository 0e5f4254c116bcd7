package org.assessor.methodology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/** The methodologies in one folder: which ids exist, and loading one by id. */
public final class Methodologies {
    private static final String SUFFIX = ".yaml";
    private static final String TESTS_SUFFIX = ".tests.yaml";

    private final Path home;
    private final MethodologyLoader loader;

    public Methodologies(Path home) {
        this.home = home;
        this.loader = new MethodologyLoader(home);
    }

    public Path home() {
        return home;
    }

    public MethodologyLoader loader() {
        return loader;
    }

    /** Every methodology id, from the names of the configuration files. */
    public List<String> ids() {
        Path configs = home.resolve("methodology-configs");
        if (!Files.isDirectory(configs)) {
            throw new ProblemException(Problem.error(configs.toString(), 0, 0, null,
                    "no methodology-configs folder; point --methodologies at a folder holding rules/ and methodology-configs/"));
        }
        try (Stream<Path> files = Files.list(configs)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX) && !name.endsWith(TESTS_SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ProblemException(Problem.error(configs.toString(), 0, 0, null, "cannot list: " + e.getMessage()));
        }
    }

    public Methodology load(String id) {
        List<String> ids = ids();
        if (!ids.contains(id)) {
            throw new ProblemException(Problem.error(loader.configFile(id).toString(), 0, 0, null,
                    "no methodology '" + id + "'; available: " + String.join(", ", ids)));
        }
        return loader.load(id);
    }
}
