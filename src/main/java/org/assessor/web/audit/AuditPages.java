package org.assessor.web.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.assessor.archive.AuditEntry;
import org.assessor.archive.AuditLog;
import org.assessor.archive.AuditPage;
import org.assessor.archive.AuditQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /audit}: the audit log newest first, a page at a time, searched and filtered by the query parameters of {@link AuditFilter}. */
@Controller
final class AuditPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String log(AuditFilter filter, Model model) {
        AuditQuery query = filter.query();
        AuditPage page = audit.search(query);
        int pages = Math.max(1, (page.total() + query.limit() - 1) / query.limit());
        model.addAttribute("filter", filter);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("entries", page.entries().stream().map(e -> new Row(e, WHEN.format(e.at()))).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("page", filter.pageNumber());
        model.addAttribute("pages", pages);
        model.addAttribute("first", page.entries().isEmpty() ? 0 : query.offset() + 1);
        model.addAttribute("last", query.offset() + page.entries().size());
        return "audit/log";
    }

    /** An entry with its time as the page shows it. */
    record Row(AuditEntry entry, String when) {
    }
}
