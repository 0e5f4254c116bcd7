package org.assessor.cli;

import java.nio.file.Path;

/**
 * The Assessor home: the folder with rules/, methodology-configs/ and the bundled data. The launcher
 * sets {@code assessor.home}; without it, the current folder.
 */
final class Home {
    private Home() {
    }

    static Path path() {
        String home = System.getProperty("assessor.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    static Path defaultInput() {
        return path().resolve("data").resolve("star-ratings-2003-04-published.csv");
    }
}
