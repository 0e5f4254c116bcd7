package org.assessor.web.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.assessor.archive.RunSummary;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.Status;
import org.assessor.system.Shown;
import org.assessor.web.system.RequestProblem;
import org.assessor.workbench.Workbench;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One trust's explanation: the page (decision first, detail folded), a print view (no navigation, detail
 * unfolded), and downloads of the same as one self-contained HTML file and as CSV. The JSON stays in the API.
 */
@Controller
final class ExplanationPages {
    private static final String PAGE = "/runs/{id}/ratings/{index}";

    private final Runs runs;
    private final TrustExplanations explanations;
    private final MethodologyRegistry registry;
    private final Workbench workbench;

    ExplanationPages(Runs runs, TrustExplanations explanations, MethodologyRegistry registry, Workbench workbench) {
        this.runs = runs;
        this.explanations = explanations;
        this.registry = registry;
        this.workbench = workbench;
    }

    @GetMapping(PAGE)
    String page(@PathVariable("id") String id, @PathVariable("index") String index, Principal user, Model model) {
        TrustExplanation trust = explain(id, index, model);
        RunSummary run = trust.run();
        // the signed-in user's open drafts of this methodology, to pin the rating in as a case
        model.addAttribute("drafts", workbench.drafts().stream().filter(d -> d.open() && d.methodology().equals(run.methodology())
                && d.author().equals(user.getName())).toList());
        model.addAttribute("current", registry.state(run.methodology())
                .filter(s -> s.status() != Status.FAILED && s.serving() != null)
                .map(s -> s.serving().version().equals(run.methodologyVersion())).orElse(false));
        return "runs/trust";
    }

    @GetMapping(PAGE + "/print")
    String print(@PathVariable("id") String id, @PathVariable("index") String index, Model model) {
        explain(id, index, model);
        return "runs/trust-print";
    }

    @GetMapping(PAGE + "/explanation.html")
    String html(@PathVariable("id") String id, @PathVariable("index") String index, Model model, HttpServletResponse response) {
        TrustExplanation trust = explain(id, index, model);
        model.addAttribute("css", Stylesheet.TEXT);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(trust, ".html"));
        return "runs/trust-export";
    }

    @GetMapping(PAGE + "/explanation.csv")
    @ResponseBody
    ResponseEntity<String> csv(@PathVariable("id") String id, @PathVariable("index") String index) {
        TrustExplanation trust = of(id, index);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(trust, ".csv"))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ExplanationCsv.of(trust));
    }

    private TrustExplanation explain(String id, String index, Model model) {
        TrustExplanation trust = of(id, index);
        model.addAttribute("trust", trust);
        model.addAttribute("run", trust.run());
        model.addAttribute("explanation", trust.explanation());
        model.addAttribute("index", trust.index());
        return trust;
    }

    /** The trust's explanation; a run or rating that is not a number is as unknown as one not in the archive: 404. */
    private TrustExplanation of(String id, String index) {
        long run;
        try {
            run = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RequestProblem.notFound("Unknown run", "no run " + Shown.quoted(id) + " in the archive: runs are numbered", "run", id);
        }
        runs.run(run);
        try {
            return explanations.of(run, Integer.parseInt(index));
        } catch (NumberFormatException e) {
            throw RequestProblem.notFound("Unknown rating", "run " + run + " has no rating " + Shown.quoted(index)
                    + ": ratings are numbered from 0", "index", index);
        }
    }

    private static String attachment(TrustExplanation trust, String extension) {
        return ContentDisposition.attachment().filename(trust.fileName() + extension, StandardCharsets.UTF_8).build().toString();
    }

    /** The site's style sheet, put into the downloaded page so that it reads the same offline. */
    private static final class Stylesheet {
        static final String TEXT = read();

        private static String read() {
            try (InputStream css = ExplanationPages.class.getResourceAsStream("/static/css/assessor.css")) {
                if (css == null) {
                    throw new IllegalStateException("static/css/assessor.css is not on the class path");
                }
                return new String(css.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
