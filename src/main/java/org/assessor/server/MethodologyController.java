package org.assessor.server;

import java.util.List;

import org.assessor.assessment.Rating;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST surface: the methodologies with their state, and rating a posted CSV with one of them. */
@RestController
@RequestMapping("/api/methodologies")
final class MethodologyController {
    static final String VERSION_HEADER = "Assessor-Methodology-Version";

    private final MethodologyRegistry registry;
    private final Rater rater;

    MethodologyController(MethodologyRegistry registry, Rater rater) {
        this.registry = registry;
        this.rater = rater;
    }

    @GetMapping
    List<MethodologyView> list() {
        return registry.states().stream().map(MethodologyView::of).toList();
    }

    @GetMapping("/{id}")
    MethodologyView one(@PathVariable("id") String id) {
        return registry.state(id).map(MethodologyView::of)
                .orElseThrow(() -> new UnknownMethodologyException(id, registry.ids()));
    }

    /** Rated wholly with the version serving when the request arrived, even if another is swapped in meanwhile. */
    @PostMapping(path = "/{id}/ratings", consumes = "text/csv")
    ResponseEntity<RatingsView> rate(@PathVariable("id") String id, @RequestBody(required = false) byte[] csv) {
        ServingVersion version = registry.current(id);
        List<Rating> ratings = rater.rate(version, csv == null ? new byte[0] : csv);
        return ResponseEntity.ok().header(VERSION_HEADER, version.version()).body(RatingsView.of(version, ratings));
    }
}
