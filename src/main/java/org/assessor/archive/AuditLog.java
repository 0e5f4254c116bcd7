package org.assessor.archive;

import java.util.List;

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
}
