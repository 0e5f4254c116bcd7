package org.assessor.web.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.methodology.Methodology;
import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Component;

/** The archive as the analysis pages read it: a missing run is a 404; each run's methodology as it was, loaded once per version. */
@Component
final class ArchivedRuns {
    private final RunArchive archive;
    private final Map<String, Methodology> methodologies = new ConcurrentHashMap<>();

    ArchivedRuns(RunArchive archive) {
        this.archive = archive;
    }

    RunArchive archive() {
        return archive;
    }

    List<RunSummary> all() {
        return archive.runs();
    }

    RunSummary run(long id) {
        return archive.run(id).orElseThrow(() -> RequestProblem.notFound("Unknown run", "no run " + id + " in the archive", "run", id));
    }

    List<StoredRating> ratings(long id) {
        run(id);
        return archive.ratings(id);
    }

    /** The run's methodology version with its what-if changes, from the archive, never the current files. */
    Methodology methodology(RunSummary run) {
        return methodologies.computeIfAbsent(run.methodologyVersion(), version -> archive.methodology(run.id()).load());
    }
}
