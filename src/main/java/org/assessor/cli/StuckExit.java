package org.assessor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.assessor.assessment.RatingGuard;
import org.assessor.output.AtomicFiles;

/**
 * The last resort of a command-line run whose rules cannot be stopped and whose heap they have exhausted: then the
 * watchdog's report may never be built, nor the exit's shutdown hooks run, as every allocation waits on a collector
 * that frees nothing (seen: a run still going 40 minutes later). Two threads, started before any rating, wait
 * without allocating. Once a batch has been stuck for a minute (the usual report takes well under one, on a
 * loaded machine too), one writes the error line encoded in advance and discards the run's files (which allocates
 * nothing: {@link AtomicFiles#discardAll()}); the other halts the process with exit code 1 five seconds later,
 * whatever that did.
 */
final class StuckExit {
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long DISCARD_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static volatile long haltAt;
    private static boolean armed;

    private StuckExit() {
    }

    static synchronized void arm() {
        if (armed) {
            return;
        }
        armed = true;
        FileOutputStream err = new FileOutputStream(FileDescriptor.err);
        daemon("assessor-stuck-exit", () -> {
            while (true) {
                pause();
                long since = RatingGuard.stuckSince();
                if (since != 0 && System.nanoTime() - since > GRACE_NANOS) {
                    haltAt = System.nanoTime() + DISCARD_NANOS;
                    try {
                        err.write(RatingGuard.stuckLine());
                    } catch (IOException | RuntimeException | Error e) {
                        // the process ends with exit code 1 all the same
                    }
                    AtomicFiles.discardAll();
                    Runtime.getRuntime().halt(1);
                }
            }
        });
        daemon("assessor-halt", () -> {
            while (true) {
                pause();
                long at = haltAt;
                if (at != 0 && System.nanoTime() - at > 0) {
                    Runtime.getRuntime().halt(1);
                }
            }
        });
    }

    private static void daemon(String name, Runnable loop) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            // nothing interrupts these threads; they keep watching until the process ends
        }
    }
}
