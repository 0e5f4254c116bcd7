package org.assessor.web.runs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.assessor.archive.Replay;
import org.assessor.archive.ReplayResult;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.methodology.Labels;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rating.RatingService;
import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The archive as pages and API read it: a missing run, rating or trust is a 404 naming what was asked for. */
@Component
public final class Runs {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunArchive archive;
    private final RatingService service;
    private final Map<String, Methodology> methodologies = new ConcurrentHashMap<>();

    Runs(RunArchive archive, Methodologies methodologies) {
        this.archive = archive;
        this.service = new RatingService(methodologies);
    }

    /** The names a reader sees for the run's sectors, results and values, from its own methodology version. */
    public Labels labels(long id) {
        return methodologyOf(run(id)).labels();
    }

    /** The run's methodology as it was, loaded from the archive once per version. */
    public Methodology methodologyOf(RunSummary run) {
        return methodologies.computeIfAbsent(run.methodologyVersion(), version -> archive.methodology(run.id()).load());
    }

    /** The run rated again from its archived input and methodology files, compared with what was archived. */
    public ReplayResult replay(long id) {
        run(id);
        return new Replay(archive, service, 20).replay(id);
    }

    public List<RunSummary> all() {
        return archive.runs();
    }

    public RunSummary run(long id) {
        return archive.run(id).orElseThrow(() -> RequestProblem.notFound("Unknown run", "no run " + id + " in the archive", "run", id));
    }

    public List<StoredRating> ratings(long id) {
        run(id);
        return archive.ratings(id);
    }

    /** The rating at {@code index}; an unknown run or index is a 404 naming it. */
    public StoredRating rating(long id, int index) {
        RunSummary run = run(id);
        return archive.rating(id, index).orElseThrow(() -> noRating(run, index));
    }

    /** The explanation of the rating at {@code index}, as stored (one entry of explanations.json). */
    public String explanation(long id, int index) {
        RunSummary run = run(id);
        return archive.explanation(id, index).orElseThrow(() -> noRating(run, index));
    }

    private static RequestProblem noRating(RunSummary run, int index) {
        return RequestProblem.notFound("Unknown rating", "run " + run.id() + " has no rating " + index + " (it has "
                + run.ratings() + ", from 0)", "index", index);
    }

    public JsonNode explanationTree(long id, int index) {
        return JSON.readTree(explanation(id, index));
    }

    /** The rating of one organisation; a trust rated in several sectors (or periods) needs {@code sector} (and {@code period}). */
    public StoredRating find(long id, String organisation, String sector, String period) {
        run(id);
        List<StoredRating> named = archive.ratings(id, organisation);
        List<StoredRating> matches = named.stream()
                .filter(r -> sector == null || sector.equals(r.sector()))
                .filter(r -> period == null || period.equals(r.period()))
                .toList();
        if (matches.isEmpty()) {
            boolean known = sector != null && !named.isEmpty();
            throw known ? RequestProblem.notFound("Unknown sector", "'" + organisation + "' is not rated in sector '" + sector
                    + "' in run " + id, "sector", sector)
                    : RequestProblem.notFound("Unknown organisation", "run " + id + " has no organisation '" + organisation + "'",
                    "organisation", organisation);
        }
        if (matches.size() > 1) {
            boolean bySector = matches.stream().map(StoredRating::sector).distinct().count() > 1;
            throw RequestProblem.badRequest("Ambiguous organisation", "'" + organisation + "' is rated " + matches.size()
                    + " times in run " + id + "; give " + (bySector ? "sector" : "period") + " to pick one",
                    bySector ? "sector" : "period", bySector ? sector : period);
        }
        return matches.get(0);
    }
}
