package org.assessor.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.assessor.Projects;
import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.AuditEntry;
import org.assessor.archive.AuditLog;
import org.assessor.methodology.Methodologies;
import org.assessor.web.system.RequestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * One comparison at a time: a second asked for while the first runs is refused (503, Retry-After) and audited, and
 * the next one after it runs, whether the API's or the page's. The first is held inside the comparison by its audit
 * entry, which waits on the test.
 */
class RunComparisonsTest {
    @TempDir
    Path temp;

    @Test
    void aComparisonAskedForWhileAnotherRunsIsRefusedAndTheNextOneRuns() throws Exception {
        Archives archives = Archives.open(ArchiveLocation.h2(temp.resolve("archive")));
        HeldAudit audit = new HeldAudit();
        Methodologies methodologies = new Methodologies(Projects.HOME);
        Runs runs = new Runs(archives.runs(), methodologies);
        RunComparisons comparisons = new RunComparisons(runs, new ComparisonDetails(archives.runs(), runs, methodologies), audit);

        // the archive is empty: the first comparison fails on its unknown run and records that, held there
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> refusal(() -> comparisons.compare(1, 2, "ann")));
        assertThat(audit.entered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> comparisons.compareInDetail(3, 4, "bob")).isInstanceOfSatisfying(RequestProblem.class, busy -> {
            assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(busy.getBody().getDetail()).isEqualTo("another comparison of two runs is running; each reads both "
                    + "runs whole, so one runs at a time: try again in a few seconds");
        });
        assertThat(audit.outcomes).containsExactly("bob run 3 with run 4 refused: another comparison is running");

        audit.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(RequestProblem.class,
                unknown -> assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> comparisons.compare(5, 6, "cy")).isInstanceOfSatisfying(RequestProblem.class,
                unknown -> assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(audit.outcomes).containsExactly("bob run 3 with run 4 refused: another comparison is running",
                "ann run 1 with run 2 failed: no run 1 in the archive", "cy run 5 with run 6 failed: no run 5 in the archive");
    }

    private static Throwable refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Records outcomes; ann's entry waits until the test releases it. */
    private static final class HeldAudit implements AuditLog {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> outcomes = new CopyOnWriteArrayList<>();

        @Override
        public void record(String user, String action, String target, String outcome) {
            if (user.equals("ann")) {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            outcomes.add(user + " " + target + " " + outcome);
        }

        @Override
        public List<AuditEntry> newest(int limit) {
            return List.of();
        }
    }
}
