package org.assessor.archive;

import java.time.Instant;
import java.util.Locale;

/**
 * Which audit entries to read, newest first: each criterion left null matches everything. {@code user} and
 * {@code text} match any part, case-blind ({@code text} in the target or the outcome); {@code action} matches
 * exactly; {@code from} is inclusive and {@code until} exclusive. Then {@code limit} entries from {@code offset}.
 */
public record AuditQuery(String user, String action, String text, Instant from, Instant until, int offset, int limit) {

    /** Whether one entry meets the criteria (paging aside): what the database's query selects. */
    public boolean matches(AuditEntry entry) {
        return contains(entry.user(), user) && (action == null || action.equals(entry.action()))
                && (text == null || contains(entry.target(), text) || contains(entry.outcome(), text))
                && (from == null || !entry.at().isBefore(from)) && (until == null || entry.at().isBefore(until));
    }

    private static boolean contains(String value, String part) {
        return part == null || value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
