package org.assessor.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assessor.MethodologyCopy;
import org.assessor.Projects;
import org.assessor.methodology.Methodologies;

/**
 * A temporary Assessor home holding a copy of the 2003/04 methodology (configuration and rules) with a
 * small case file of the server tests' own, so that edits in a test never touch the project's files.
 */
public final class TestHome {
    public static final String ID = "star-ratings-2003-04";
    /** The project's methodology that {@code extends} {@link #ID}. */
    public static final String EXTENSION = "star-ratings-2004-05";

    private final Path home;

    private TestHome(Path home) {
        this.home = home;
    }

    public static TestHome copyInto(Path home) throws IOException {
        Path rules = Files.createDirectories(home.resolve("rules").resolve(ID));
        try (Stream<Path> drl = Files.list(Projects.HOME.resolve("rules").resolve(ID))) {
            for (Path file : drl.toList()) {
                Files.copy(file, rules.resolve(file.getFileName().toString()));
            }
        }
        Path configs = Files.createDirectories(home.resolve("methodology-configs"));
        MethodologyCopy.copyDocs(home);
        Files.copy(Projects.HOME.resolve("methodology-configs").resolve(ID + ".yaml"), configs.resolve(ID + ".yaml"));
        try (InputStream cases = TestHome.class.getResourceAsStream(ID + ".tests.yaml")) {
            Files.copy(cases, configs.resolve(ID + ".tests.yaml"));
        }
        return new TestHome(home);
    }

    /** Adds the project's {@link #EXTENSION}, as it is, cases included. */
    public TestHome withExtension() throws IOException {
        Path rules = Files.createDirectories(home.resolve("rules").resolve(EXTENSION));
        try (Stream<Path> files = Files.list(Projects.HOME.resolve("rules").resolve(EXTENSION))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName().toString()));
            }
        }
        for (String name : List.of(EXTENSION + ".yaml", EXTENSION + ".tests.yaml")) {
            Files.copy(Projects.HOME.resolve("methodology-configs").resolve(name), home.resolve("methodology-configs").resolve(name));
        }
        return this;
    }

    /** Adds a methodology whose configuration cannot be read: it never has a version to serve. */
    public TestHome withBroken(String id) throws IOException {
        Files.createDirectories(home.resolve("rules").resolve(id));
        Files.writeString(home.resolve("methodology-configs").resolve(id + ".yaml"), "id: " + id + "\ntitle: [unclosed\n");
        return this;
    }

    public Path path() {
        return home;
    }

    public Path config() {
        return home.resolve("methodology-configs").resolve(ID + ".yaml");
    }

    public Path rule(String fileName) {
        return home.resolve("rules").resolve(ID).resolve(fileName);
    }

    /** The version the methodology's files have now: what the server should serve once it has reloaded them. */
    public String version() {
        return version(ID);
    }

    public String version(String id) {
        return new Methodologies(home).load(id).version();
    }

    /** Replaces the one occurrence of {@code from}; closing the edit puts the file back as it was. */
    public Edit replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.indexOf(from)).as("'%s' occurs once in %s", from, file)
                .isNotNegative().isEqualTo(text.lastIndexOf(from));
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return () -> Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public Edit append(Path file, String more) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + more, StandardCharsets.UTF_8);
        return () -> Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The header and the given data rows (1 is the first row after the header) of the published 2003/04 data. */
    public static String publishedRows(int... rows) throws IOException {
        List<String> lines = Files.readAllLines(Projects.PUBLISHED_2003_04, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int row : rows) {
            csv.append(lines.get(row)).append('\n');
        }
        return csv.toString();
    }

    /** A file edit that can be undone. */
    public interface Edit extends AutoCloseable {
        @Override
        void close() throws IOException;
    }
}
