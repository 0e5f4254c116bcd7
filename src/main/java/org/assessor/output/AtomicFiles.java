package org.assessor.output;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.system.IoReason;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Writes a set of output files so that either all of them appear or none: each is written to a
 * temporary file beside its target ({@link TemporaryFiles} names it) and moved into place by
 * {@link #commit()} once every one is complete. Closing without a commit deletes them; so does
 * {@link #discardAll()}, for a run stopped by a signal; a run killed outright leaves them for the next
 * run into the same folder to delete. Files are created with the default permissions, so the umask
 * decides who may read them, as for any file the user creates.
 */
public final class AtomicFiles implements AutoCloseable {

    /** Writes one output file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Held while files move into place or are discarded, so a signal never leaves half a set moved. */
    private static final Object MOVING = new Object();
    private static volatile boolean discarded;
    private static volatile boolean anyCommitted;
    /**
     * The temporary files and created folders of every set not yet committed or closed in this process, as plain
     * {@link File}s named in advance, kept under {@link #MOVING}: what {@link #discardAll()} deletes, without
     * allocating, as it may have to when rules have exhausted the heap.
     */
    private static File[] uncommitted = new File[16];
    private static int uncommittedCount;

    private final Path folder;
    private final Map<String, Content> contents = new LinkedHashMap<>();
    private final Map<String, Path> temporary = new LinkedHashMap<>();
    private final List<OutputStream> open = new ArrayList<>();
    private final List<Path> createdFolders = new ArrayList<>();
    /** This set's entries in {@link #uncommitted}. */
    private final List<File> registered = new ArrayList<>();
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
        synchronized (MOVING) {
            if (discarded) {
                throw new ProblemException(Problem.error(folder.toString(), 0, 0, null, "interrupted: nothing written"));
            }
            try {
                if (temporary.isEmpty()) {
                    createFolder();
                    TemporaryFiles.removeStale(folder);
                }
                TemporaryFiles.Created created = TemporaryFiles.create(folder, name);
                temporary.put(name, created.path());
                remember(created.path());
                OutputStream out = new BufferedOutputStream(created.stream(), 1 << 16);
                open.add(out);
                return out;
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    /** Creates the folder and any missing parents, remembering which, so a failed run leaves none behind. */
    private void createFolder() throws IOException {
        Path absolute = folder.toAbsolutePath();
        for (Path f = absolute; f != null; f = f.getParent()) {
            if (Files.exists(f)) {
                if (!Files.isDirectory(f)) {
                    throw new ProblemException(Problem.error(folder.toString(), 0, 0, null, "cannot write the output: "
                            + (f.equals(absolute) ? "this is a file, and the output goes into a folder; name a folder (new or existing)"
                            : f + " is a file, so no folder can be made inside it")));
                }
                break;
            }
            createdFolders.add(f);
        }
        Files.createDirectories(folder);
    }

    /** Closes every file and moves them all into place. */
    public List<Path> commit() {
        synchronized (MOVING) {
            try {
                if (discarded) {
                    throw new ProblemException(Problem.error(folder.toString(), 0, 0, null, "interrupted: nothing written"));
                }
                for (OutputStream out : open) {
                    out.close();
                }
                List<Path> written = new ArrayList<>();
                for (Map.Entry<String, Path> file : temporary.entrySet()) {
                    written.add(move(file.getValue(), folder.resolve(file.getKey())));
                }
                committed = true;
                anyCommitted = true;
                forget();
                return written;
            } catch (IOException | UncheckedIOException e) {
                throw failure(e);
            }
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
        discard();
    }

    private void discard() {
        synchronized (MOVING) {
            temporary.values().forEach(AtomicFiles::deleteQuietly);
            createdFolders.forEach(AtomicFiles::deleteQuietly);
            forget();
        }
    }

    /** Registers a temporary file (and, with the first, the folders this set created) for {@link #discardAll()}. */
    private void remember(Path file) {
        if (temporary.size() == 1) {
            // deleted in the reverse order: the files, then the folders deepest first, each once empty
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                register(createdFolders.get(i).toFile());
            }
        }
        register(file.toFile());
    }

    private void register(File file) {
        if (uncommittedCount == uncommitted.length) {
            uncommitted = Arrays.copyOf(uncommitted, uncommittedCount * 2);
        }
        uncommitted[uncommittedCount++] = file;
        registered.add(file);
    }

    /** This set's files and folders are moved into place or deleted: nothing of it is left to discard. */
    private void forget() {
        int kept = 0;
        for (int i = 0; i < uncommittedCount; i++) {
            File file = uncommitted[i];
            if (!registered.contains(file)) {
                uncommitted[kept++] = file;
            }
        }
        Arrays.fill(uncommitted, kept, uncommittedCount, null);
        uncommittedCount = kept;
        registered.clear();
    }

    /**
     * Deletes the temporary files (and the folders made for them) of every set not committed, for a run stopped by a
     * signal or by rules that could not be stopped, and refuses any further file or commit in this process. A commit
     * under way finishes first. Allocates nothing: plain {@link File#delete()} on files named in advance, since the
     * heap may be exhausted then (an earlier version ran out of memory here and left the files).
     *
     * @return whether any output was committed in this process before (then something was written)
     */
    public static boolean discardAll() {
        synchronized (MOVING) {
            discarded = true;
            // the writing thread may still hold the streams: deleting the files is enough, their space goes with the last close
            for (int i = uncommittedCount - 1; i >= 0; i--) {
                uncommitted[i].delete();
            }
            return anyCommitted;
        }
    }

    private ProblemException failure(Exception e) {
        String reason = e instanceof IOException io ? IoReason.of(io)
                : e.getCause() instanceof IOException io ? IoReason.of(io) : e.getMessage();
        return new ProblemException(Problem.error(folder.toString(), 0, 0, null, "cannot write the output: " + reason));
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
