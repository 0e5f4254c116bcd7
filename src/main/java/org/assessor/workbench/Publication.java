package org.assessor.workbench;

import java.time.Instant;

/**
 * One version of a methodology as the workbench put it in place: number 1 is the files as they were before the
 * workbench first published (what a rollback to the start restores); each later one a published draft or a
 * rollback, with who wrote and approved it, when, why, the versions before and after, and what differed.
 */
public record Publication(int number, String methodology, Kind kind, String author, String approver, Instant when,
                          String reason, String draft, String versionBefore, String versionAfter, String differences) {

    public enum Kind {
        /** The files as found before the first publication. */
        ORIGINAL,
        PUBLISHED,
        ROLLBACK
    }
}
