package org.assessor.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyDocs;
import org.assessor.methodology.Reference;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Shown;

/**
 * Every parameter's {@code reference} must lead a reader to its source: a section (a heading) of a file in
 * the home's {@code docs/methodologies/}, followed by the published citation. A reference that is not of
 * that form, names a file that is not there or a section the file does not have is an error at the
 * reference's line, naming what is there instead.
 */
final class ParamSources {
    private final Path home;
    private final Map<String, Sections> files = new HashMap<>();

    /** A file's anchors, or why it cannot be read. */
    private record Sections(Map<String, String> anchors, String unreadable) {
    }

    private ParamSources(Path home) {
        this.home = home;
    }

    static List<Problem> check(Path home, Methodology methodology, ConfigPlaces places) {
        ParamSources sources = new ParamSources(home);
        List<Problem> problems = new ArrayList<>();
        for (Param param : methodology.params()) {
            String message = sources.problem(param.reference());
            if (message != null) {
                problems.add(places.error("parameters." + param.name() + ".reference", message));
            }
        }
        return problems;
    }

    private String problem(String text) {
        Reference reference = Reference.parse(text);
        if (reference == null) {
            return "reference " + Shown.quoted(text) + " is not of the form " + Reference.FORM
                    + " (a section of the methodology's specification, then the published source)";
        }
        Sections sections = files.computeIfAbsent(reference.file(), this::sections);
        if (sections.unreadable() != null) {
            return "reference " + Shown.quoted(reference.link()) + ": " + sections.unreadable();
        }
        if (!sections.anchors().containsKey(reference.section())) {
            return "reference " + Shown.quoted(reference.link()) + ": " + MethodologyDocs.FOLDER + "/" + reference.file()
                    + " has no section '" + reference.section() + "'; its sections are #" + String.join(", #", sections.anchors().keySet());
        }
        return null;
    }

    private Sections sections(String fileName) {
        Path file = MethodologyDocs.file(home, fileName);
        if (file == null || !Files.isRegularFile(file)) {
            return new Sections(Map.of(), "there is no file " + MethodologyDocs.FOLDER + "/" + fileName + " in " + home + "; documented: " + documented());
        }
        try {
            return new Sections(MethodologyDocs.anchors(home, fileName), null);
        } catch (ProblemException e) {
            return new Sections(Map.of(), "cannot read " + MethodologyDocs.FOLDER + "/" + fileName + ": " + e.problems().get(0).message());
        }
    }

    private String documented() {
        try (var list = Files.list(home.resolve(MethodologyDocs.FOLDER))) {
            List<String> names = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "none (no " + MethodologyDocs.FOLDER + " folder)";
        }
    }
}
