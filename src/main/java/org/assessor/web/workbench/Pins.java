package org.assessor.web.workbench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.web.runs.ArchivedRows;
import org.assessor.workbench.PinnedCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * An archived rating as a case to pin: the trust's inputs read back from the run's archived input file, its
 * stored results as what is expected. Only for methodologies that rate each trust on its own: a rating that
 * depends on its peers (league tables) is not one trust's case.
 */
@Component
final class Pins {
    private final RunArchive archive;
    private final Methodologies methodologies;
    private final ArchivedRows rows;

    Pins(RunArchive archive, Methodologies methodologies, ArchivedRows rows) {
        this.archive = archive;
        this.methodologies = methodologies;
        this.rows = rows;
    }

    PinnedCase of(long runId, int index) {
        RunSummary run = archive.run(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + runId));
        StoredRating rating = archive.rating(runId, index)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "run " + runId + " has no rating " + index));
        Methodology methodology = methodologies.load(run.methodology());
        var sessions = methodology.config().sessions();
        if (sessions != null && sessions.groupBy() != null && !sessions.groupBy().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, run.methodology()
                    + " rates trusts together (sessions.group_by), so one trust's rating is not a case of its own");
        }
        AssessmentInputs trust = rows.of(run, methodology, rating).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                rating.organisation() + " is not in the archived input of run " + run.id()));
        Map<String, String> input = new LinkedHashMap<>();
        trust.inputs().forEach((Input i) -> input.put(i.name(), i.value()));
        methodology.sectors().get(rating.sector()).inputs().forEach(name -> input.putIfAbsent(name, "missing"));
        Map<String, String> expected = new LinkedHashMap<>(rating.results());
        expected.put("rating", rating.rating());
        return new PinnedCase("Pinned from run " + runId + ": " + rating.organisation() + " (" + rating.sector() + ") rated "
                + rating.rating(), rating.sector(), rating.period(), input, expected);
    }
}
