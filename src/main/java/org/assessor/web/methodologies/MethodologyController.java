package org.assessor.web.methodologies;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.Rater;
import org.assessor.serving.ServingVersion;
import org.assessor.serving.UnknownMethodologyException;
import org.assessor.web.system.VersionHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The methodologies with their state, parameters and rules, and rating a posted CSV with one of them.
 * Answers about one version name it in the {@value VersionHeader#NAME} header.
 */
@RestController
@RequestMapping("/api/methodologies")
final class MethodologyController {
    private final MethodologyRegistry registry;
    private final Rater rater;

    MethodologyController(MethodologyRegistry registry, Rater rater) {
        this.registry = registry;
        this.rater = rater;
    }

    @Operation(summary = "Every methodology with its version, status and last error")
    @GetMapping
    List<MethodologyView> list() {
        return registry.states().stream().map(MethodologyView::of).toList();
    }

    @Operation(summary = "One methodology's state")
    @GetMapping("/{id}")
    MethodologyView one(@PathVariable("id") String id) {
        return registry.state(id).map(MethodologyView::of)
                .orElseThrow(() -> new UnknownMethodologyException(id, registry.ids()));
    }

    @Operation(summary = "The serving version's parameters, each with its value, reference and confidence")
    @GetMapping("/{id}/parameters")
    ResponseEntity<List<ParameterView>> parameters(@PathVariable("id") String id) {
        ServingVersion version = registry.current(id);
        return withVersion(version, version.rules().methodology().params().stream().map(ParameterView::of).toList());
    }

    @Operation(summary = "The serving version's rule files (DRL), in the order they are read")
    @GetMapping("/{id}/rules")
    ResponseEntity<List<RuleFileView>> rules(@PathVariable("id") String id) {
        ServingVersion version = registry.current(id);
        return withVersion(version, version.rules().methodology().ruleFiles().stream().map(RuleFileView::of).toList());
    }

    /** Rated wholly with the version serving when the request arrived, even if another is swapped in meanwhile; archived as a run. */
    @Operation(summary = "Rate a posted CSV (text/csv) and archive the run (analyst)")
    @PostMapping(path = "/{id}/ratings", consumes = "text/csv")
    ResponseEntity<RatingsView> rate(@PathVariable("id") String id, @RequestBody(required = false) byte[] csv,
                                     @Parameter(description = "the one period to rate from a long input, e.g. Q1")
                                     @RequestParam(name = "period", required = false) String period,
                                     @Parameter(description = "the name to archive the input under")
                                     @RequestParam(name = "name", required = false) String name,
                                     Principal user) {
        ServingVersion version = registry.current(id);
        Rater.Rated rated = rater.rate(version, csv == null ? new byte[0] : csv, name, period, user.getName(), org.assessor.rating.Progress.NONE);
        return withVersion(version, RatingsView.of(version, rated));
    }

    private static <T> ResponseEntity<T> withVersion(ServingVersion version, T body) {
        return VersionHeader.ok(version.version(), body);
    }
}
