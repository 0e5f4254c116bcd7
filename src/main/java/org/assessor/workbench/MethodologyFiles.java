package org.assessor.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assessor.methodology.MethodologyDocs;
import org.assessor.system.Shown;

/**
 * A methodology's own files, by path relative to its home: {@code methodology-configs/ID.yaml}, its cases
 * {@code methodology-configs/ID.tests.yaml}, its rules {@code rules/ID/NAME.drl} and its specification
 * {@code docs/methodologies/ID.md} (which its parameters' references cite). No other path is one of them, so a
 * draft can never write anywhere else.
 */
final class MethodologyFiles {
    /** What a file of a methodology may be called: plain names, no folders or dots leading out. */
    private static final Pattern RULE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,80}\\.drl");
    /** Far beyond any methodology's file (the largest shipped is ~40 KB); the readers' caps are lower still. */
    static final int LARGEST = 1 << 20;

    private MethodologyFiles() {
    }

    /** The files of methodology {@code id} in {@code home}, or none. */
    static Map<String, String> read(Path home, String id) {
        Map<String, String> files = new TreeMap<>();
        for (String config : new String[] {config(id), tests(id), specification(id)}) {
            if (Files.isRegularFile(home.resolve(config))) {
                files.put(config, text(home.resolve(config)));
            }
        }
        Path rules = home.resolve("rules").resolve(id);
        if (Files.isDirectory(rules)) {
            try (Stream<Path> drl = Files.list(rules)) {
                drl.filter(f -> RULE_FILE.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                        .forEach(f -> files.put("rules/" + id + "/" + f.getFileName(), text(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + rules, e);
            }
        }
        return files;
    }

    /**
     * Makes the methodology's files in {@code home} exactly {@code files}: each written beside its target and moved
     * into place, then rule files that are no longer among them removed. The server's watcher reloads once the
     * folder goes quiet, so it never sees half of a publication.
     */
    static void write(Path home, String id, Map<String, String> files) {
        files.keySet().forEach(path -> require(id, path));
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = home.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                move(temporary, target);
            }
            for (String old : read(home, id).keySet()) {
                if (old.startsWith("rules/") && !files.containsKey(old)) {
                    Files.delete(home.resolve(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the files of " + id + " in " + home, e);
        }
    }

    /** Refuses a path that is not one of methodology {@code id}'s files. */
    static void require(String id, String path) {
        if (!isOf(id, path)) {
            throw new Refused(Refused.Reason.INVALID, Shown.quoted(path) + " is not a file of methodology " + id
                    + "; its files are " + config(id) + ", " + tests(id) + ", " + specification(id) + " and rules/" + id
                    + "/NAME.drl (NAME of letters, digits, - and _)");
        }
    }

    static boolean isOf(String id, String path) {
        return path.equals(config(id)) || path.equals(tests(id)) || path.equals(specification(id)) || path.startsWith("rules/" + id + "/")
                && RULE_FILE.matcher(path.substring(("rules/" + id + "/").length())).matches();
    }

    static String config(String id) {
        return "methodology-configs/" + id + ".yaml";
    }

    static String tests(String id) {
        return "methodology-configs/" + id + ".tests.yaml";
    }

    static String specification(String id) {
        return MethodologyDocs.FOLDER + "/" + id + ".md";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file's text (UTF-8), for the workbench's own files too. */
    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
