package org.assessor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Writes a set of output files so that either all of them appear or none: each is written to a
 * temporary file beside its target and moved into place once every one is complete.
 */
public final class AtomicFiles {

    /** Writes one output file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final Map<String, Content> files = new LinkedHashMap<>();

    public AtomicFiles(Path folder) {
        this.folder = folder;
    }

    public AtomicFiles add(String name, Content content) {
        files.put(name, content);
        return this;
    }

    public List<Path> write() {
        List<Path> temporary = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, Content> file : files.entrySet()) {
                Path tmp = Files.createTempFile(folder, "." + file.getKey() + ".", ".tmp");
                temporary.add(tmp);
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    file.getValue().writeTo(out);
                }
            }
            List<Path> written = new ArrayList<>();
            int i = 0;
            for (String name : files.keySet()) {
                written.add(move(temporary.get(i++), folder.resolve(name)));
            }
            return written;
        } catch (IOException | UncheckedIOException e) {
            temporary.forEach(AtomicFiles::deleteQuietly);
            throw new ProblemException(Problem.error(folder.toString(), 0, 0, null, "cannot write the output: " + e.getMessage()));
        }
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: the file was temporary
        }
    }
}
