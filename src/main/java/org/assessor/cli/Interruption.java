package org.assessor.cli;

import java.io.PrintWriter;

import org.assessor.output.AtomicFiles;

/**
 * A command stopped by SIGTERM or Ctrl-C ends with one line on standard error and its temporary output
 * files deleted; the exit status is the JVM's for the signal (143 for SIGTERM, 130 for Ctrl-C). While
 * the JVM shuts down the command's own thread may still fail (the archive's database closes under it):
 * {@link Main} prints nothing for it, so the one line is all the user sees.
 */
final class Interruption {
    private static volatile boolean running;

    private Interruption() {
    }

    /** From now until {@link #finished()}, a signal ends the command with one line. */
    static void install(PrintWriter err) {
        running = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(err), "assessor-interrupted"));
    }

    static void finished() {
        running = false;
    }

    private static void stop(PrintWriter err) {
        if (!running) {
            return; // a normal exit
        }
        boolean written = AtomicFiles.discardAll();
        err.println(written ? "interrupted: the output was written; the rest of the command was not done"
                : "interrupted: nothing written");
        err.flush();
    }

    /** Whether the JVM is shutting down: a failure now is the signal's doing, not the user's or ours. */
    static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
