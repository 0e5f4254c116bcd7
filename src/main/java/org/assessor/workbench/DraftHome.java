package org.assessor.workbench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.assessor.cases.CaseResult;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.MethodologyDocs;
import org.assessor.system.Problem;
import org.assessor.system.Scratch;

/**
 * A draft laid out as a methodology home of its own, for a moment: every other methodology as it is on disk (a
 * draft may extend them) and the draft's files in place of its methodology's. What checks files checks it there.
 */
final class DraftHome implements AutoCloseable {
    private final Scratch scratch;

    private DraftHome(Scratch scratch) {
        this.scratch = scratch;
    }

    static DraftHome of(Path home, String methodology, Map<String, String> files) {
        DraftHome draft = new DraftHome(Scratch.create("assessor-draft"));
        for (String folder : new String[] {"methodology-configs", "rules", MethodologyDocs.FOLDER}) {
            Path from = home.resolve(folder);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(from)) {
                all.filter(Files::isRegularFile).forEach(file -> {
                    String relative = home.relativize(file).toString().replace('\\', '/');
                    if (!MethodologyFiles.isOf(methodology, relative)) {
                        draft.scratch.write(relative, bytes(file));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + from, e);
            }
        }
        files.forEach((path, text) -> draft.scratch.write(path, text.getBytes(StandardCharsets.UTF_8)));
        return draft;
    }

    Methodologies methodologies() {
        return new Methodologies(scratch.folder());
    }

    /** A problem found here, its file named as the draft names it (relative to the home). */
    Problem relative(Problem problem) {
        return new Problem(relative(problem.file()), problem.line(), problem.column(), problem.at(), relative(problem.message()),
                problem.warning());
    }

    CaseResult relative(CaseResult result) {
        return new CaseResult(relative(result.file()), result.name(), result.failures().stream().map(this::relative).toList());
    }

    /** A text naming places here ({@code /tmp/…/rules/x/1.drl:3:5}) with the draft's names for them (relative to the home). */
    private String relative(String text) {
        return text == null ? null : text.replace(scratch.folder().toString() + File.separator, "");
    }

    @Override
    public void close() {
        scratch.close();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
