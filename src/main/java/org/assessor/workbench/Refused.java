package org.assessor.workbench;

/** A workbench action refused, with why: the web maps the reason to its status (404, 403, 409, 422). */
public final class Refused extends RuntimeException {
    public enum Reason {
        NOT_FOUND, NOT_ALLOWED, CONFLICT, INVALID
    }

    private final Reason reason;

    Refused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
