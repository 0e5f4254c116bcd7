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
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, recorded_at, user_name, action, target, outcome FROM audit_entry ORDER BY id DESC")) {
                select.setMaxRows(limit);
                return entries(select);
            }
        });
    }

    /** The same selection as {@link AuditQuery#matches}, in SQL that H2 and PostgreSQL both read; ids give the order entries came in. */
    @Override
    public AuditPage search(AuditQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.user() != null) {
            where.add("LOWER(user_name) LIKE ? ESCAPE '\\'");
            values.add(Rows.containing(query.user()));
        }
        if (query.action() != null) {
            where.add("action = ?");
            values.add(query.action());
        }
        if (query.text() != null) {
            where.add("(LOWER(target) LIKE ? ESCAPE '\\' OR LOWER(outcome) LIKE ? ESCAPE '\\')");
            values.add(Rows.containing(query.text()));
            values.add(Rows.containing(query.text()));
        }
        if (query.from() != null) {
            where.add("recorded_at >= ?");
            values.add(Rows.timestamp(query.from()));
        }
        if (query.until() != null) {
            where.add("recorded_at < ?");
            values.add(Rows.timestamp(query.until()));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return database.call("cannot search the audit log", connection -> {
            int total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry" + condition)) {
                set(count, values);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getInt(1);
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT id, recorded_at, user_name, action, target, outcome "
                    + "FROM audit_entry" + condition + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                set(select, values);
                select.setInt(values.size() + 1, query.offset());
                select.setInt(values.size() + 2, query.limit());
                return new AuditPage(entries(select), total);
            }
        });
    }

    @Override
    public List<String> actions() {
        return database.call("cannot read the audit log", connection -> {
            List<String> actions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT action FROM audit_entry ORDER BY action");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        });
    }

    private static void set(PreparedStatement statement, List<Object> values) throws java.sql.SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static List<AuditEntry> entries(PreparedStatement select) throws java.sql.SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new AuditEntry(rows.getLong("id"), Rows.instant(rows, "recorded_at"), rows.getString("user_name"),
                        rows.getString("action"), rows.getString("target"), rows.getString("outcome")));
            }
        }
        return entries;
    }
}
