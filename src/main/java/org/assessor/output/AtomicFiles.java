package org.assessor.output;

import java.io.BufferedOutputStream;
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
 * temporary file beside its target and moved into place by {@link #commit()} once every one is
 * complete. Closing without a commit deletes them.
 */
public final class AtomicFiles implements AutoCloseable {

    /** Writes one output file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final Map<String, Content> contents = new LinkedHashMap<>();
    private final Map<String, Path> temporary = new LinkedHashMap<>();
    private final List<OutputStream> open = new ArrayList<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private boolean committed;

    public AtomicFiles(Path folder) {
        this.folder = folder;
    }

    /** Adds a file whose content is written by {@link #write()}. */
    public AtomicFiles add(String name, Content content) {
        contents.put(name, content);
        return this;
    }

    /** Writes every file added and moves them into place. */
    public List<Path> write() {
        try (this) {
            for (Map.Entry<String, Content> file : contents.entrySet()) {
                try (OutputStream out = open(file.getKey())) {
                    file.getValue().writeTo(out);
                } catch (IOException | UncheckedIOException e) {
                    throw failure(e);
                }
            }
            return commit();
        }
    }

    /** A stream to write one file to as the output is produced; it appears only on {@link #commit()}. */
    public OutputStream open(String name) {
        try {
            createFolder();
            Path tmp = Files.createTempFile(folder, "." + name + ".", ".tmp");
            temporary.put(name, tmp);
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
            open.add(out);
            return out;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Creates the folder and any missing parents, remembering which, so a failed run leaves none behind. */
    private void createFolder() throws IOException {
        for (Path f = folder.toAbsolutePath(); f != null && !Files.exists(f); f = f.getParent()) {
            createdFolders.add(f);
        }
        Files.createDirectories(folder);
    }

    /** Closes every file and moves them all into place. */
    public List<Path> commit() {
        try {
            for (OutputStream out : open) {
                out.close();
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, Path> file : temporary.entrySet()) {
                written.add(move(file.getValue(), folder.resolve(file.getKey())));
            }
            committed = true;
            return written;
        } catch (IOException | UncheckedIOException e) {
            throw failure(e);
        }
    }

    /** Deletes every file not yet committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (OutputStream out : open) {
            try {
                out.close();
            } catch (IOException e) {
                // being discarded anyway
            }
        }
        temporary.values().forEach(AtomicFiles::deleteQuietly);
        createdFolders.forEach(AtomicFiles::deleteQuietly);
    }

    private ProblemException failure(Exception e) {
        return new ProblemException(Problem.error(folder.toString(), 0, 0, null, "cannot write the output: " + e.getMessage()));
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
