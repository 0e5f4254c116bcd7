package org.assessor.web.runs;

import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.assessor.archive.AuditLog;
import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Component;

/**
 * Comparing two archived runs: a read, open to auditors, and audited like the actions that change things. One runs at
 * a time: each reads both runs' ratings into the server's heap (a national run holds a million), and the page's
 * details rate both archived inputs again, so one asked for meanwhile is refused with a 503 and Retry-After rather
 * than allowed to exhaust the heap along with the first.
 */
@Component
final class RunComparisons {
    private static final int RETRY_SECONDS = 5;

    private final Runs runs;
    private final ComparisonDetails details;
    private final AuditLog audit;
    private final Semaphore running = new Semaphore(1);

    RunComparisons(Runs runs, ComparisonDetails details, AuditLog audit) {
        this.runs = runs;
        this.details = details;
        this.audit = audit;
    }

    /** The two runs' ratings side by side (the API). */
    public RunComparison compare(long a, long b, String user) {
        return oneAtATime(a, b, user, comparison -> comparison);
    }

    /** The comparison with, for its page, each changed trust's differing steps and the methodologies' differences. */
    Compared compareInDetail(long a, long b, String user) {
        return oneAtATime(a, b, user, comparison -> new Compared(comparison, details.of(comparison.a(), comparison.b())));
    }

    record Compared(RunComparison comparison, ComparisonDetails.Details details) {
    }

    private <T> T oneAtATime(long a, long b, String user, Function<RunComparison, T> answer) {
        String target = "run " + a + " with run " + b;
        if (!running.tryAcquire()) {
            audit.record(user, "compare", target, "refused: another comparison is running");
            throw RequestProblem.busy("A comparison is running", "another comparison of two runs is running; each reads "
                    + "both runs whole, so one runs at a time: try again in a few seconds", RETRY_SECONDS);
        }
        try {
            RunComparison comparison = RunComparison.of(runs.run(a), runs.ratings(a), runs.run(b), runs.ratings(b));
            T answered = answer.apply(comparison);
            audit.record(user, "compare", target, "ok: " + comparison.changed().size() + " changed");
            return answered;
        } catch (RuntimeException e) {
            audit.record(user, "compare", target, "failed: " + e.getMessage());
            throw e;
        } finally {
            running.release();
        }
    }
}
