package org.assessor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of output files being written, {@code .NAME.PID.RANDOM.tmp}: hidden, beside their target,
 * and carrying the id of the process writing them. A run killed outright ({@code kill -9}, a power cut)
 * cannot delete its files; the next run into the same folder does, once no live process has that id.
 */
final class TemporaryFiles {
    private static final Pattern NAME = Pattern.compile("\\..+\\.(\\d+)\\.[0-9a-z]+\\.tmp");
    private static final long PID = ProcessHandle.current().pid();

    private TemporaryFiles() {
    }

    /** A temporary file just created, and the stream that writes it. */
    record Created(Path path, OutputStream stream) {
    }

    /**
     * A new temporary file for the named output, created, never taken over (another run may write beside
     * it). Files.createTempFile would make it 0600 whatever the umask; a plain create honours the umask.
     */
    static Created create(Path folder, String output) throws IOException {
        while (true) {
            Path file = folder.resolve(name(output, ThreadLocalRandom.current().nextLong()));
            try {
                return new Created(file, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                // the same random name: draw another
            }
        }
    }

    private static String name(String output, long random) {
        return "." + output + "." + PID + "." + Long.toString(random & Long.MAX_VALUE, 36) + ".tmp";
    }

    /**
     * Deletes the temporary files in the folder whose process is gone. A live process's files are left
     * alone: another run may be writing into the same folder.
     */
    static void removeStale(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && !alive(name.group(1)) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // stale files are a nuisance, not a reason to stop this run
        }
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == PID || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not one of ours after all: keep it
        }
    }
}
