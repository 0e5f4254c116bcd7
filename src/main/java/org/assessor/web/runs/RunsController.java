package org.assessor.web.runs;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.assessor.archive.ReplayResult;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.web.system.VersionHeader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The archived runs: each with its ratings, explanations, league tables, and comparing two. */
@RestController
@RequestMapping("/api/runs")
final class RunsController {
    private final Runs runs;
    private final RunComparisons comparisons;
    private final LeagueTables tables;

    RunsController(Runs runs, RunComparisons comparisons, LeagueTables tables) {
        this.runs = runs;
        this.comparisons = comparisons;
        this.tables = tables;
    }

    @Operation(summary = "Every archived run, newest first")
    @GetMapping
    List<RunSummary> list() {
        return runs.all();
    }

    @Operation(summary = "One run: methodology and version, input and its hash, who ran it and when")
    @GetMapping("/{id}")
    ResponseEntity<RunSummary> one(@PathVariable("id") long id) {
        RunSummary run = runs.run(id);
        return versioned(run, run);
    }

    @Operation(summary = "Rate the run again from its archived input and methodology files (never the current ones) "
            + "and compare every rating, result and explanation with what was archived")
    @GetMapping("/{id}/replay")
    ResponseEntity<ReplayResult> replay(@PathVariable("id") long id) {
        return versioned(runs.run(id), runs.replay(id));
    }

    @Operation(summary = "A run's ratings, filtered and sorted (sort=-column for descending)")
    @GetMapping("/{id}/ratings")
    ResponseEntity<List<StoredRating>> ratings(@PathVariable("id") long id, Query query) {
        return versioned(runs.run(id), query.of().apply(runs.ratings(id)));
    }

    @Operation(summary = "The same ratings as CSV, with the columns of ratings.csv")
    @GetMapping(path = "/{id}/ratings.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable("id") long id, Query query) {
        RunSummary run = runs.run(id);
        List<StoredRating> all = runs.ratings(id);
        return ResponseEntity.ok()
                .header(VersionHeader.NAME, run.methodologyVersion())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("run-" + id + "-ratings.csv", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(RatingsCsvExport.of(all, query.of().apply(all)));
    }

    @Operation(summary = "The explanation of the rating at an index (from 0), as in explanations.json")
    @GetMapping(path = "/{id}/ratings/{index}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> explanation(@PathVariable("id") long id, @PathVariable("index") int index) {
        return versioned(runs.run(id), runs.explanation(id, index));
    }

    @Operation(summary = "A trust's explanation by name; a trust rated in several sectors needs the sector")
    @GetMapping(path = "/{id}/explanation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> explanationOf(@PathVariable("id") long id, @RequestParam("organisation") String organisation,
                                         @RequestParam(name = "sector", required = false) String sector,
                                         @RequestParam(name = "period", required = false) String period) {
        StoredRating rating = runs.find(id, organisation, sector, period);
        return versioned(runs.run(id), runs.explanation(id, rating.index()));
    }

    @Operation(summary = "Compare two runs of the same trusts: transition matrix per sector and changed trusts; "
            + "runs that share no trust are refused (400); one comparison runs at a time, another asked for meanwhile "
            + "is refused (503 with Retry-After)")
    @GetMapping("/{id}/comparisons/{other}")
    ComparisonView compare(@PathVariable("id") long id, @PathVariable("other") long other, Principal user) {
        return ComparisonView.of(comparisons.compare(id, other, user.getName()));
    }

    @Operation(summary = "The tables the run's methodology declares (e.g. the NOF league table), by name")
    @GetMapping("/{id}/tables")
    ResponseEntity<Map<String, String>> tables(@PathVariable("id") long id) {
        Map<String, String> names = new TreeMap<>();
        tables.of(id).forEach((name, table) -> names.put(name, table.description()));
        return versioned(runs.run(id), names);
    }

    @Operation(summary = "One table's rows; any column given as a parameter filters on its value (e.g. Quarter=Q1)")
    @GetMapping("/{id}/tables/{name}")
    ResponseEntity<LeagueTable> table(@PathVariable("id") long id, @PathVariable("name") String name,
                                      @Parameter(description = "column=value filters") @RequestParam Map<String, String> filters) {
        return versioned(runs.run(id), tables.one(id, name).filter(filters));
    }

    private static <T> ResponseEntity<T> versioned(RunSummary run, T body) {
        return VersionHeader.ok(run.methodologyVersion(), body);
    }

    /** The ratings filters as request parameters ({@code search}: a part of the organisation's name, case-blind). */
    record Query(String sector, String rating, String column, String value, String search, String sort) {
        RatingsQuery of() {
            return new RatingsQuery(sector, rating, column, value, search, sort);
        }
    }
}
