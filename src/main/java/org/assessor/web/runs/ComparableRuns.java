package org.assessor.web.runs;

import java.util.List;
import java.util.Set;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.springframework.stereotype.Component;

/**
 * Which runs can be compared: two runs compare when they rate at least one organisation in the same sector and
 * period ({@link RunComparison} refuses others with 400). The archive answers: reading every run's trusts here
 * held a national run's million in the server's heap.
 */
@Component
final class ComparableRuns {
    private final Runs runs;
    private final RunArchive archive;

    ComparableRuns(Runs runs, RunArchive archive) {
        this.runs = runs;
        this.archive = archive;
    }

    /** The other runs that compare with run {@code a}, newest first. */
    List<RunSummary> with(long a) {
        runs.run(a);
        return newestFirst(archive.runsComparableWith(a));
    }

    /** The runs that compare with at least one other, newest first. */
    List<RunSummary> any() {
        return newestFirst(archive.comparableRuns());
    }

    private List<RunSummary> newestFirst(Set<Long> ids) {
        return runs.all().stream().filter(r -> ids.contains(r.id())).toList();
    }
}
