package org.assessor.methodology;

import java.util.ArrayList;
import java.util.List;

import org.assessor.system.Problem;

/** Collects the problems of one configuration file, placing each at the line of its YAML path. */
final class ConfigProblems {
    private final String file;
    private final YamlLocations locations;
    private final List<Problem> problems = new ArrayList<>();

    ConfigProblems(String file, YamlLocations locations) {
        this.file = file;
        this.locations = locations;
    }

    void error(String path, String message) {
        problems.add(Problem.error(file, locations.line(path), locations.column(path), path, message));
    }

    List<Problem> list() {
        return problems;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }
}
