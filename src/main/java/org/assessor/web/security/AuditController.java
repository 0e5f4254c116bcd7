package org.assessor.web.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.assessor.archive.AuditEntry;
import org.assessor.archive.AuditLog;
import org.assessor.web.system.RequestProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who did what: the newest entries of the audit log. */
@RestController
final class AuditController {
    private static final int MAX = 1000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "The newest audit entries first: sign-ins, ratings, comparisons, validations, reloads, refusals")
    @GetMapping("/api/audit")
    List<AuditEntry> newest(@RequestParam(name = "limit", defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX) {
            throw RequestProblem.badRequest("Bad limit", "limit must be between 1 and " + MAX, "limit", limit);
        }
        return audit.newest(limit);
    }
}
