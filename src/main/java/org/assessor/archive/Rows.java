package org.assessor.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Reading and writing the archive's columns the same way on H2 and PostgreSQL. */
final class Rows {
    static final String RUN_COLUMNS = "id, methodology, methodology_version, title, input_name, input_sha256, period, ran_by, "
            + "origin, started_at, finished_at, ratings, engine_version";

    private Rows() {
    }

    /** Both drivers map TIMESTAMP WITH TIME ZONE to OffsetDateTime; an Instant is not portable. */
    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static RunSummary run(ResultSet row) throws SQLException {
        return new RunSummary(row.getLong("id"), row.getString("methodology"), row.getString("methodology_version"),
                row.getString("title"), row.getString("input_name"), row.getString("input_sha256"), row.getString("period"),
                row.getString("ran_by"), row.getString("origin"), instant(row, "started_at"), instant(row, "finished_at"),
                row.getInt("ratings"), row.getString("engine_version"));
    }

    /** A LIKE pattern (with {@code ESCAPE '\\'}) for "contains, case-blind" over a LOWER()ed column: %, _ and backslash are literal. */
    static String containing(String part) {
        return "%" + part.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static StoredRating rating(ResultSet row) throws SQLException {
        return new StoredRating(row.getInt("rating_index"), row.getString("organisation"), row.getString("sector"),
                row.getString("period"), row.getString("rating"), Json.map(row.getString("results")),
                row.getString("attributes") == null ? Map.of() : Json.map(row.getString("attributes")),
                row.getBoolean("depends_on_assumptions"));
    }
}
