package org.assessor.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The audit log as a table next to the runs; each entry is committed at once, apart from any run. */
final class JdbcAuditLog implements AuditLog {
    private final Database database;

    JdbcAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public void record(String user, String action, String target, String outcome) {
        database.call("cannot write to the audit log", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entry (recorded_at, user_name, action, target, outcome) VALUES (?, ?, ?, ?, ?)")) {
                insert.setObject(1, Rows.timestamp(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                insert.setString(2, user);
                insert.setString(3, action);
                insert.setString(4, target);
                insert.setString(5, outcome);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<AuditEntry> newest(int limit) {
        return database.call("cannot read the audit log", connection -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, recorded_at, user_name, action, target, outcome FROM audit_entry ORDER BY id DESC")) {
                select.setMaxRows(limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(rows.getLong("id"), Rows.instant(rows, "recorded_at"), rows.getString("user_name"),
                                rows.getString("action"), rows.getString("target"), rows.getString("outcome")));
                    }
                }
            }
            return entries;
        });
    }
}
