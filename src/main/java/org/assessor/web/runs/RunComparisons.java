package org.assessor.web.runs;

import org.assessor.archive.AuditLog;
import org.springframework.stereotype.Component;

/** Comparing two archived runs: a read, open to auditors, and audited like the actions that change things. */
@Component
final class RunComparisons {
    private final Runs runs;
    private final AuditLog audit;

    RunComparisons(Runs runs, AuditLog audit) {
        this.runs = runs;
        this.audit = audit;
    }

    public RunComparison compare(long a, long b, String user) {
        try {
            RunComparison comparison = RunComparison.of(runs.run(a), runs.ratings(a), runs.run(b), runs.ratings(b));
            audit.record(user, "compare", "run " + a + " with run " + b, "ok: " + comparison.changed().size() + " changed");
            return comparison;
        } catch (RuntimeException e) {
            audit.record(user, "compare", "run " + a + " with run " + b, "failed: " + e.getMessage());
            throw e;
        }
    }
}
