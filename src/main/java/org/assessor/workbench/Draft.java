package org.assessor.workbench;

import java.time.Instant;

/**
 * A draft of methodology {@code methodology}, started from methodology {@code base} (itself, for its next version)
 * by {@code author} when {@code methodology} was at {@code baseVersion} (null for a new methodology), edited by its author alone, never serving ratings. Submitted with a reason, approved by
 * another methodology user, then published. Any edit after submission takes it back to editing and drops the
 * approval: what was approved is what is published.
 */
public record Draft(String id, String methodology, String base, String author, Instant started, String baseVersion, State state,
                    String reason, String approver) {

    public enum State {
        EDITING, SUBMITTED, APPROVED, PUBLISHED, DISCARDED
    }

    Draft with(State state, String reason, String approver) {
        return new Draft(id, methodology, base, author, started, baseVersion, state, reason, approver);
    }

    public boolean open() {
        return state != State.PUBLISHED && state != State.DISCARDED;
    }
}
