package org.assessor.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.Recording;
import org.assessor.archive.RunStart;
import org.assessor.archive.RunSummary;
import org.assessor.output.ExplainedRating;
import org.assessor.methodology.Methodology;

/**
 * Stores a command-line run in the run archive as it is rated. The database is opened on another
 * thread while the rules compile, since opening it costs about as much as a small run; the recording
 * begins with the first rating and is discarded unless committed.
 */
final class RunRecorder implements Consumer<ExplainedRating>, AutoCloseable {
    private final CompletableFuture<Archives> archives;
    private final RunStart start;
    private Recording recording;

    RunRecorder(Path home, Methodology methodology, Path input, String period) {
        this.archives = CompletableFuture.supplyAsync(() -> Archives.open(ArchiveLocation.configured(home)));
        this.start = new RunStart(methodology, input, input.toString(), period, System.getProperty("user.name"), "cli");
    }

    @Override
    public void accept(ExplainedRating rating) {
        if (recording == null) {
            recording = archives().runs().begin(start);
        }
        recording.add(rating);
    }

    /** Commits the run and notes it in the audit log. */
    RunSummary commit() {
        RunSummary summary = recording.commit();
        archives().audit().record(start.ranBy(), "rate", start.methodology().id() + " run " + summary.id(), "ok");
        return summary;
    }

    private Archives archives() {
        try {
            return archives.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    public void close() {
        if (recording != null) {
            recording.close();
        }
    }
}
