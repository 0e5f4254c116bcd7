package org.assessor.archive;

import java.util.List;

/** One page of the audit entries a query selects, newest first, and how many it selects in all. */
public record AuditPage(List<AuditEntry> entries, int total) {
}
