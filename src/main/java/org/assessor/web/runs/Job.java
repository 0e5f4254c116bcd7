package org.assessor.web.runs;

import java.time.Instant;
import java.util.List;

import org.assessor.rating.Progress;
import org.assessor.system.Problem;

/**
 * A rating started from the web, running in the background: its phase and counts as the rating reports
 * them, then the archived run, or why it failed (with the CSV's problems, each with its line and column).
 */
final class Job implements Progress {
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    private final long id;
    private final String methodology;
    private final String inputName;
    private final String user;
    private final Instant submittedAt = Instant.now();
    private volatile State state = State.QUEUED;
    private volatile String phase = "queued";
    private volatile long done;
    private volatile long bytesRead;
    private volatile long bytes;
    private volatile Long runId;
    private volatile String error;
    private volatile List<Problem> problems = List.of();

    Job(long id, String methodology, String inputName, String user) {
        this.id = id;
        this.methodology = methodology;
        this.inputName = inputName;
        this.user = user;
    }

    @Override
    public void at(long ratings, long bytesRead, long bytes) {
        this.state = State.RUNNING;
        this.phase = "rating";
        this.done = ratings;
        this.bytesRead = bytesRead;
        this.bytes = bytes;
    }

    void finished(long run) {
        this.runId = run;
        this.phase = "done";
        this.state = State.DONE;
    }

    void failed(String message, List<Problem> problems) {
        this.error = message;
        this.problems = List.copyOf(problems);
        this.state = State.FAILED;
    }

    /**
     * A snapshot for the page and the API. The file is rated and recorded as it is read, so {@code percent}
     * is how much of it has been read (99 at most until the run is committed); {@code total} is the number
     * of ratings, known once the run is done.
     */
    public JobView view() {
        int percent = switch (state) {
            case DONE -> 100;
            case QUEUED -> 0;
            default -> bytes == 0 ? 0 : (int) Math.min(99, 100 * bytesRead / bytes);
        };
        return new JobView(id, methodology, inputName, user, submittedAt.toString(), state, phase, done,
                state == State.DONE ? done : 0, percent, runId, error, problems);
    }

    public record JobView(long id, String methodology, String inputName, String user, String submittedAt, State state,
                          String phase, long done, long total, int percent, Long run, String error, List<Problem> problems) {
    }
}
