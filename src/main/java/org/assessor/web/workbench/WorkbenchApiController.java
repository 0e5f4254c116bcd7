package org.assessor.web.workbench;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import org.assessor.diff.MethodologyDiff;
import org.assessor.web.methodologies.ValidationView;
import org.assessor.workbench.Draft;
import org.assessor.workbench.ParameterLines;
import org.assessor.workbench.Publication;
import org.assessor.workbench.Workbench;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workbench's REST API (methodology role): what the workbench pages call, for tools too. */
@RestController
@RequestMapping("/api/workbench")
final class WorkbenchApiController {
    private final Workbench workbench;
    private final Impacts impacts;

    WorkbenchApiController(Workbench workbench, Impacts impacts) {
        this.workbench = workbench;
        this.impacts = impacts;
    }

    /** A new draft: of {@code methodology}'s next version, or of a new methodology {@code new_id} from {@code base}. */
    record NewDraft(String methodology, String base, @JsonProperty("new_id") String newId, @JsonProperty("extends") Boolean extend) {
    }

    /** A draft and the paths of its files. */
    record DraftView(Draft draft, List<String> files) {
    }

    record Reason(String reason) {
    }

    record Rollback(int version, String reason) {
    }

    @Operation(summary = "Every draft, open and closed (methodology)")
    @GetMapping("/drafts")
    List<Draft> drafts() {
        return workbench.drafts();
    }

    @Operation(summary = "Start a draft: {methodology} for its next version, or {base, new_id, extends} for a new one (methodology)")
    @PostMapping("/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    Draft start(@RequestBody NewDraft request, Principal user) {
        return request.newId() == null ? workbench.start(user.getName(), request.methodology())
                : workbench.startNew(user.getName(), request.base(), request.newId(), Boolean.TRUE.equals(request.extend()));
    }

    @Operation(summary = "A draft and its files (methodology)")
    @GetMapping("/drafts/{id}")
    DraftView draft(@PathVariable("id") String id) {
        return new DraftView(workbench.draft(id), List.copyOf(workbench.files(id).keySet()));
    }

    @Operation(summary = "One file of a draft, as text (methodology)")
    @GetMapping(value = "/drafts/{id}/file", produces = MediaType.TEXT_PLAIN_VALUE)
    String file(@PathVariable("id") String id, @RequestParam("path") String path) {
        return workbench.file(id, path);
    }

    @Operation(summary = "Write one file of a draft (its author only; withdraws any approval) (methodology)")
    @PutMapping(value = "/drafts/{id}/file", consumes = MediaType.TEXT_PLAIN_VALUE)
    Draft save(@PathVariable("id") String id, @RequestParam("path") String path, @RequestBody(required = false) String text,
               Principal user) {
        return workbench.save(user.getName(), id, path, text == null ? "" : text);
    }

    @Operation(summary = "The draft's parameters written one to a line, which the parameter form edits (methodology)")
    @GetMapping("/drafts/{id}/parameters")
    List<ParameterLines.Parameter> parameters(@PathVariable("id") String id) {
        return workbench.parameters(id);
    }

    @Operation(summary = "Change one parameter's fields (value or min/max, unit, description, reference, confidence); its author only (methodology)")
    @PutMapping("/drafts/{id}/parameters/{name}")
    Draft parameter(@PathVariable("id") String id, @PathVariable("name") String name, @RequestBody Map<String, String> fields,
                    Principal user) {
        return workbench.saveParameter(user.getName(), id, name, fields);
    }

    @Operation(summary = "Remove a rule file or the cases from a draft (its author only) (methodology)")
    @DeleteMapping("/drafts/{id}/file")
    Draft remove(@PathVariable("id") String id, @RequestParam("path") String path, Principal user) {
        return workbench.remove(user.getName(), id, path);
    }

    @Operation(summary = "Check a draft as validate checks files: problems at their lines, every case (methodology)")
    @PostMapping("/drafts/{id}/check")
    ValidationView check(@PathVariable("id") String id, Principal user) {
        return ValidationView.of(workbench.check(user.getName(), id));
    }

    @Operation(summary = "What the draft changes of the methodology it began from, by meaning (methodology)")
    @GetMapping("/drafts/{id}/diff")
    MethodologyDiff diff(@PathVariable("id") String id) {
        return workbench.diff(id);
    }

    @Operation(summary = "Rate an archived run's input with the methodology the draft began from and with the draft: what changes (methodology)")
    @PostMapping("/drafts/{id}/impact")
    ImpactView impact(@PathVariable("id") String id, @RequestParam("run") long run, Principal user) {
        return impacts.of(id, run, user.getName());
    }

    @Operation(summary = "Submit a draft for approval, with the reason for the change (methodology)")
    @PostMapping("/drafts/{id}/submission")
    Draft submit(@PathVariable("id") String id, @RequestBody Reason reason, Principal user) {
        return workbench.submit(user.getName(), id, reason.reason());
    }

    @Operation(summary = "Approve a submitted draft: a methodology user who is not its author (methodology)")
    @PostMapping("/drafts/{id}/approval")
    Draft approve(@PathVariable("id") String id, Principal user) {
        return workbench.approve(user.getName(), id);
    }

    @Operation(summary = "Send a submitted or approved draft back to its author, with why (methodology)")
    @PostMapping("/drafts/{id}/rejection")
    Draft reject(@PathVariable("id") String id, @RequestBody Reason reason, Principal user) {
        return workbench.reject(user.getName(), id, reason.reason());
    }

    @Operation(summary = "Publish an approved draft: write its files, which the server then reloads (methodology)")
    @PostMapping("/drafts/{id}/publication")
    Publication publish(@PathVariable("id") String id, Principal user) {
        return workbench.publish(user.getName(), id);
    }

    @Operation(summary = "Give a draft up (its author only) (methodology)")
    @PostMapping("/drafts/{id}/discard")
    Draft discard(@PathVariable("id") String id, Principal user) {
        return workbench.discard(user.getName(), id);
    }

    @Operation(summary = "Every version the workbench put in place for a methodology, oldest first (methodology)")
    @GetMapping("/methodologies/{id}/history")
    List<Publication> history(@PathVariable("id") String id) {
        return workbench.history(id);
    }

    @Operation(summary = "The files one version of a methodology put in place, by path (methodology)")
    @GetMapping("/methodologies/{id}/history/{number}")
    Map<String, String> version(@PathVariable("id") String id, @PathVariable("number") int number) {
        return workbench.files(workbench.version(id, number));
    }

    @Operation(summary = "Put an earlier version back in place, with why, as a new version (methodology)")
    @PostMapping("/methodologies/{id}/rollback")
    Publication rollback(@PathVariable("id") String id, @RequestBody Rollback request, Principal user) {
        return workbench.rollback(user.getName(), id, request.version(), request.reason());
    }
}
