package org.assessor.archive;

import java.util.List;
import java.util.TreeSet;

/** Who did what, when: every action a user takes through the CLI or the web application, refused ones too. */
public interface AuditLog {

    /**
     * @param user    who (web login or operating-system user)
     * @param action  what, e.g. {@code rate}, {@code compare}, {@code validate}, {@code reload}, {@code login}
     * @param target  on what, e.g. a methodology id or {@code run 12}; may be null
     * @param outcome {@code ok}, {@code refused} or {@code failed: <reason>}
     */
    void record(String user, String action, String target, String outcome);

    /** The newest entries first, at most {@code limit}. */
    List<AuditEntry> newest(int limit);

    /** The entries the query selects, newest first, one page of them. The archive's log asks its database instead. */
    default AuditPage search(AuditQuery query) {
        List<AuditEntry> all = newest(Integer.MAX_VALUE).stream().filter(query::matches).toList();
        return new AuditPage(all.stream().skip(query.offset()).limit(query.limit()).toList(), all.size());
    }

    /** Every action recorded so far, alphabetically: what the log can be filtered by. */
    default List<String> actions() {
        return List.copyOf(new TreeSet<>(newest(Integer.MAX_VALUE).stream().map(AuditEntry::action).toList()));
    }
}
