package org.assessor.web.methodologies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assessor.methodology.Methodologies;
import org.assessor.methodology.MethodologyDocs;
import org.assessor.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A methodology's specification ({@code docs/methodologies/FILE.md}) at the path a parameter's reference
 * names, each section under its heading's anchor, so the reference on the methodology page is a link that
 * opens at the section it cites. The text is shown as written (Markdown is plain text to read).
 */
@Controller
final class SpecificationPages {
    private final Path home;

    SpecificationPages(Methodologies methodologies) {
        this.home = methodologies.home();
    }

    @GetMapping("/" + MethodologyDocs.FOLDER + "/{file:[a-z0-9][a-z0-9._-]*\\.md}")
    String one(@PathVariable("file") String file, Model model) {
        Path path = MethodologyDocs.file(home, file);
        if (path == null || !Files.isRegularFile(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no specification " + file);
        }
        List<MethodologyDocs.Section> sections;
        try {
            sections = MethodologyDocs.sections(home, file);
        } catch (ProblemException e) {
            // a file the service cannot read (not UTF-8, too large, a link out of the home) is the service's fault
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, e.problems().get(0).toString());
        }
        model.addAttribute("file", MethodologyDocs.FOLDER + "/" + file);
        model.addAttribute("sections", sections);
        return "methodologies/specification";
    }
}
