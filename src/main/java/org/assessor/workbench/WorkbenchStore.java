package org.assessor.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the workbench keeps drafts and published versions, as plain files anyone can read:
 * {@code workbench/drafts/N/draft.json} with the draft's files under {@code files/}, and
 * {@code workbench/history/ID/N/publication.json} with the files that version put in place.
 */
final class WorkbenchStore {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path drafts;
    private final Path history;

    WorkbenchStore(Path home) {
        Path root = home.resolve("workbench");
        this.drafts = root.resolve("drafts");
        this.history = root.resolve("history");
    }

    String nextDraftId() {
        return String.valueOf(numbers(drafts).stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
    }

    void save(Draft draft) {
        write(drafts.resolve(draft.id()).resolve("draft.json"), JSON.writeValueAsString(draft));
    }

    void saveFiles(Draft draft, Map<String, String> files) {
        Path folder = drafts.resolve(draft.id()).resolve("files");
        deleteTree(folder);
        files.forEach((path, text) -> write(folder.resolve(path), text));
    }

    Optional<Draft> draft(String id) {
        if (!id.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        Path file = drafts.resolve(id).resolve("draft.json");
        return Files.isRegularFile(file) ? Optional.of(JSON.readValue(MethodologyFiles.text(file), Draft.class)) : Optional.empty();
    }

    List<Draft> drafts() {
        return numbers(drafts).stream().sorted().map(n -> draft(String.valueOf(n)).orElseThrow()).toList();
    }

    Map<String, String> files(Draft draft) {
        return filesUnder(drafts.resolve(draft.id()).resolve("files"));
    }

    /** Records a version with the files it put in place; its number is the next in the methodology's history. */
    void add(Publication publication, Map<String, String> files) {
        Path folder = history.resolve(publication.methodology()).resolve(String.valueOf(publication.number()));
        files.forEach((path, text) -> write(folder.resolve("files").resolve(path), text));
        write(folder.resolve("publication.json"), JSON.writeValueAsString(publication));
    }

    List<Publication> history(String methodology) {
        Path folder = history.resolve(methodology);
        return numbers(folder).stream().sorted()
                .map(n -> JSON.readValue(MethodologyFiles.text(folder.resolve(String.valueOf(n)).resolve("publication.json")), Publication.class))
                .toList();
    }

    Map<String, String> files(Publication publication) {
        return filesUnder(history.resolve(publication.methodology()).resolve(String.valueOf(publication.number())).resolve("files"));
    }

    private static Map<String, String> filesUnder(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(Files::isRegularFile).forEach(f -> files.put(folder.relativize(f).toString().replace('\\', '/'), MethodologyFiles.text(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return files;
    }

    /** The numbered entries of a folder (drafts or versions), ignoring anything else in it. */
    private static List<Integer> numbers(Path folder) {
        List<Integer> numbers = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                entries.map(e -> e.getFileName().toString()).filter(n -> n.matches("[0-9]{1,9}"))
                        .forEach(n -> numbers.add(Integer.parseInt(n)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return numbers;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }


    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }
}
