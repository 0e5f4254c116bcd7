package org.assessor.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder for files that must exist on disk for a moment (an upload or an archived input to
 * read, archived methodology files to load), removed with everything in it when closed.
 */
public final class Scratch implements AutoCloseable {
    private final Path folder;

    private Scratch(Path folder) {
        this.folder = folder;
    }

    public static Scratch create(String prefix) {
        try {
            return new Scratch(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** Writes a file at this relative path, which must stay inside the folder (archived paths are not trusted). */
    public Path write(String relative, byte[] content) {
        return write(relative, out -> Files.write(out, content));
    }

    public Path write(String relative, InputStream content) {
        return write(relative, out -> Files.copy(content, out));
    }

    private Path write(String relative, Writer writer) {
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IllegalArgumentException("not a file inside the scratch folder: " + relative);
        }
        try {
            Files.createDirectories(target.getParent());
            writer.write(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }
}
