package org.assessor.server;

/** Where a rating run is: its phase and how many of its subjects that phase has done. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    /** @param phase {@code reading}, {@code rating} or {@code recording} */
    void update(String phase, int done, int total);
}
