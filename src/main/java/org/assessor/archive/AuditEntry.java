package org.assessor.archive;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String user, String action, String target, String outcome) {
}
