package org.assessor.web.workbench;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assessor.archive.RunArchive;
import org.assessor.diff.DiffText;
import org.assessor.methodology.Methodologies;
import org.assessor.system.ProblemException;
import org.assessor.web.methodologies.ValidationView;
import org.assessor.workbench.Draft;
import org.assessor.workbench.ParameterLines;
import org.assessor.workbench.Publication;
import org.assessor.workbench.Refused;
import org.assessor.workbench.Workbench;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workbench's pages: drafts and starting one; a draft's files in the code editor with its problems, cases,
 * differences and the actions its state allows; a methodology's published versions with rollback. Every action
 * is a plain form (the editor's live checking is a script on top); a refusal comes back as a message.
 */
@Controller
final class WorkbenchPages {
    private final Workbench workbench;
    private final Methodologies methodologies;
    private final RunArchive archive;
    private final Impacts impacts;
    private final Pins pins;

    WorkbenchPages(Workbench workbench, Methodologies methodologies, RunArchive archive, Impacts impacts, Pins pins) {
        this.workbench = workbench;
        this.methodologies = methodologies;
        this.archive = archive;
        this.impacts = impacts;
        this.pins = pins;
    }

    @GetMapping("/workbench")
    String list(Model model) {
        model.addAttribute("drafts", newestFirst(workbench.drafts()));
        model.addAttribute("methodologies", methodologies.ids());
        return "workbench/list";
    }

    @PostMapping("/workbench/drafts")
    String start(@RequestParam("methodology") String methodology, @RequestParam(name = "new_id", required = false) String newId,
                 @RequestParam(name = "extends", defaultValue = "false") boolean extend, Principal user, RedirectAttributes redirect) {
        return attempt(redirect, "/workbench", () -> {
            Draft draft = newId == null || newId.isBlank() ? workbench.start(user.getName(), methodology)
                    : workbench.startNew(user.getName(), methodology, newId.strip(), extend);
            return "/workbench/drafts/" + draft.id();
        });
    }

    @GetMapping("/workbench/drafts/{id}")
    String draft(@PathVariable("id") String id, @RequestParam(name = "file", required = false) String file, Principal user, Model model) {
        Draft draft = found(id);
        Map<String, String> files = workbench.files(id);
        String current = file != null && files.containsKey(file) ? file : "methodology-configs/" + draft.methodology() + ".yaml";
        model.addAttribute("draft", draft);
        model.addAttribute("files", List.copyOf(files.keySet()));
        model.addAttribute("file", current);
        model.addAttribute("text", files.getOrDefault(current, ""));
        model.addAttribute("mode", current.endsWith(".drl") ? "text/x-java" : "yaml");
        model.addAttribute("mine", draft.author().equals(user.getName()));
        model.addAttribute("differences", DiffText.lines(workbench.diff(id)).stream().skip(DiffText.HEADER_LINES - 1).toList());
        model.addAttribute("runs", archive.runs().stream().filter(r -> r.methodology().equals(draft.base())).toList());
        model.addAttribute("parameters", workbench.parameters(id));
        return "workbench/draft";
    }

    @PostMapping("/workbench/drafts/{id}/impact")
    String impact(@PathVariable("id") String id, @RequestParam("run") long run, Principal user, Model model,
                  RedirectAttributes redirect) {
        try {
            model.addAttribute("impact", impacts.of(id, run, user.getName()));
        } catch (Refused e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
            return "redirect:/workbench/drafts/" + id;
        }
        return draft(id, null, user, model);
    }

    @PostMapping("/workbench/drafts/{id}/file")
    String save(@PathVariable("id") String id, @RequestParam("path") String path, @RequestParam("text") String text,
                Principal user, RedirectAttributes redirect) {
        return attempt(redirect, "/workbench/drafts/" + id, () -> {
            workbench.save(user.getName(), id, path, text.replace("\r\n", "\n"));
            redirect.addFlashAttribute("message", "Saved " + path + ".");
            return "/workbench/drafts/" + id + "?file=" + path;
        });
    }

    /** The parameter form: one parameter's fields, its line of the configuration rewritten. */
    @PostMapping("/workbench/drafts/{id}/parameter")
    String parameter(@PathVariable("id") String id, @RequestParam("name") String name,
                     @RequestParam Map<String, String> form, Principal user, RedirectAttributes redirect) {
        return attempt(redirect, "/workbench/drafts/" + id, () -> {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.keySet().retainAll(ParameterLines.FIELD_NAMES);
            workbench.saveParameter(user.getName(), id, name, fields);
            redirect.addFlashAttribute("message", "Saved " + name + ".");
            return "/workbench/drafts/" + id + "#parameters";
        });
    }

    /** "Pin this rating as a case": a trust's archived rating appended to the draft's cases, then checked there. */
    @PostMapping("/workbench/cases")
    String pin(@RequestParam("draft") String id, @RequestParam("run") long run, @RequestParam("index") int index,
               Principal user, RedirectAttributes redirect) {
        return attempt(redirect, "/runs/" + run + "/ratings/" + index, () -> {
            Draft draft = workbench.pin(user.getName(), id, pins.of(run, index));
            redirect.addFlashAttribute("message", "Pinned the rating as the last case of the draft; check the draft to run it.");
            return "/workbench/drafts/" + id + "?file=methodology-configs/" + draft.methodology() + ".tests.yaml";
        });
    }

    @PostMapping("/workbench/drafts/{id}/check")
    String check(@PathVariable("id") String id, @RequestParam(name = "file", required = false) String file, Principal user, Model model) {
        model.addAttribute("validation", ValidationView.of(workbench.check(user.getName(), id)));
        return draft(id, file, user, model);
    }

    @PostMapping("/workbench/drafts/{id}/{action:submission|approval|rejection|publication|discard}")
    String act(@PathVariable("id") String id, @PathVariable("action") String action,
               @RequestParam(name = "reason", required = false) String reason, Principal user, RedirectAttributes redirect) {
        String back = "/workbench/drafts/" + id;
        return attempt(redirect, back, () -> {
            String done = switch (action) {
                case "submission" -> "Submitted for approval: " + workbench.submit(user.getName(), id, reason).reason();
                case "approval" -> "Approved by " + workbench.approve(user.getName(), id).approver() + ".";
                case "rejection" -> "Sent back to " + workbench.reject(user.getName(), id, reason).author() + ".";
                case "publication" -> "Published as version " + workbench.publish(user.getName(), id).number()
                        + "; the server reloads it once its files are quiet.";
                default -> "Discarded draft " + workbench.discard(user.getName(), id).id() + ".";
            };
            redirect.addFlashAttribute("message", done);
            return back;
        });
    }

    @GetMapping("/workbench/history/{methodology}")
    String history(@PathVariable("methodology") String methodology, Model model) {
        model.addAttribute("methodology", methodology);
        model.addAttribute("history", newestFirst(workbench.history(methodology)));
        return "workbench/history";
    }

    @GetMapping("/workbench/history/{methodology}/{number}")
    String version(@PathVariable("methodology") String methodology, @PathVariable("number") int number, Model model) {
        try {
            Publication version = workbench.version(methodology, number);
            model.addAttribute("version", version);
            model.addAttribute("files", workbench.files(version));
            return "workbench/version";
        } catch (Refused e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @PostMapping("/workbench/history/{methodology}/rollback")
    String rollback(@PathVariable("methodology") String methodology, @RequestParam("version") int version,
                    @RequestParam("reason") String reason, Principal user, RedirectAttributes redirect) {
        String back = "/workbench/history/" + methodology;
        return attempt(redirect, back, () -> {
            redirect.addFlashAttribute("message", "Restored version " + version + " as version "
                    + workbench.rollback(user.getName(), methodology, version, reason).number() + ".");
            return back;
        });
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> newest = new ArrayList<>(oldestFirst);
        Collections.reverse(newest);
        return newest;
    }

    private Draft found(String id) {
        try {
            return workbench.draft(id);
        } catch (Refused e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** Runs an action and redirects where it says; a refusal goes back to {@code back} with why. */
    private static String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            return "redirect:" + action.get();
        } catch (Refused | ProblemException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
            return "redirect:" + back;
        }
    }
}
