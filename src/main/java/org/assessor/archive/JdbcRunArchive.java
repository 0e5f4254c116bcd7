package org.assessor.archive;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The run archive in a JDBC database (H2 or PostgreSQL) migrated by Flyway. */
final class JdbcRunArchive implements RunArchive {
    /** Ratings a and b are of the same organisation, sector and period in two different runs. */
    private static final String SAME_TRUST = "b.organisation = a.organisation AND b.sector = a.sector "
            + "AND b.period IS NOT DISTINCT FROM a.period AND b.run_id <> a.run_id";

    private final Database database;

    JdbcRunArchive(Database database) {
        this.database = database;
    }

    @Override
    public Recording begin(RunStart start) {
        return JdbcRecording.begin(database, start);
    }

    /** Ids are given when a run starts, so the highest is the newest. */
    @Override
    public List<RunSummary> runs() {
        return database.call("cannot list runs", connection -> {
            List<RunSummary> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + Rows.RUN_COLUMNS + " FROM run ORDER BY id DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(Rows.run(rows));
                }
            }
            return runs;
        });
    }

    @Override
    public Optional<RunSummary> run(long id) {
        return database.call("cannot read run " + id, connection -> find(connection, id));
    }

    @Override
    public List<StoredRating> ratings(long runId) {
        return database.call("cannot read the ratings of run " + runId,
                connection -> ratings(connection, runId, ""));
    }

    @Override
    public Optional<StoredRating> rating(long runId, int index) {
        return database.call("cannot read rating " + index + " of run " + runId,
                connection -> ratings(connection, runId, " AND rating_index = ?", index).stream().findFirst());
    }

    @Override
    public List<StoredRating> ratings(long runId, String organisation) {
        return database.call("cannot read the ratings of " + organisation + " in run " + runId,
                connection -> ratings(connection, runId, " AND organisation = ?", organisation));
    }

    /** The run's ratings that meet {@code where} with these parameters, in input order. */
    private List<StoredRating> ratings(Connection connection, long runId, String where, Object... parameters)
            throws SQLException {
        require(connection, runId);
        List<StoredRating> ratings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT rating_index, organisation, sector, period, rating, "
                + "results, attributes, depends_on_assumptions FROM rating WHERE run_id = ?" + where + " ORDER BY rating_index")) {
            select.setLong(1, runId);
            bind(select, 2, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ratings.add(Rows.rating(rows));
                }
            }
        }
        return ratings;
    }

    /** Sets the statement's parameters in order, the first at position {@code from}. */
    private static void bind(PreparedStatement select, int from, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            select.setObject(from + i, parameters[i]);
        }
    }

    @Override
    public Set<Long> runsComparableWith(long runId) {
        return runIds("cannot find the runs that compare with run " + runId, "SELECT DISTINCT b.run_id FROM rating a JOIN rating b "
                + "ON " + SAME_TRUST + " WHERE a.run_id = ?", runId);
    }

    @Override
    public Set<Long> comparableRuns() {
        return runIds("cannot find the runs that compare with another", "SELECT DISTINCT a.run_id FROM rating a "
                + "WHERE EXISTS (SELECT 1 FROM rating b WHERE " + SAME_TRUST + ")");
    }

    private Set<Long> runIds(String what, String sql, Object... parameters) {
        return database.call(what, connection -> {
            Set<Long> runs = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bind(select, 1, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        runs.add(rows.getLong(1));
                    }
                }
            }
            return runs;
        });
    }

    @Override
    public List<String> organisations(String part, int limit) {
        return database.call("cannot search the rated organisations", connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT organisation FROM rating "
                    + "WHERE LOWER(organisation) LIKE ? ESCAPE '\\' ORDER BY organisation")) {
                select.setString(1, Rows.containing(part));
                select.setMaxRows(limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            }
            return names;
        });
    }

    @Override
    public List<ArchivedRating> ratingsOf(String organisation) {
        return database.call("cannot read the ratings of " + organisation, connection -> {
            java.util.Map<Long, RunSummary> runs = new java.util.HashMap<>();
            List<ArchivedRating> ratings = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT run_id, rating_index, organisation, sector, period, "
                    + "rating, results, attributes, depends_on_assumptions FROM rating WHERE organisation = ? ORDER BY run_id, rating_index")) {
                select.setString(1, organisation);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long run = rows.getLong("run_id");
                        if (!runs.containsKey(run)) {
                            runs.put(run, find(connection, run).orElseThrow());
                        }
                        ratings.add(new ArchivedRating(runs.get(run), Rows.rating(rows)));
                    }
                }
            }
            return ratings;
        });
    }

    @Override
    public List<String> ratingValues(long runId) {
        return database.call("cannot read the ratings of run " + runId, connection -> {
            require(connection, runId);
            List<String> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT rating FROM rating WHERE run_id = ? AND rating IS NOT NULL")) {
                select.setLong(1, runId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            return values;
        });
    }

    @Override
    public Optional<String> explanation(long runId, int index) {
        return database.call("cannot read the explanation of rating " + index + " of run " + runId, connection -> {
            require(connection, runId);
            StoredExplanations stored = StoredExplanations.of(connection, runId);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT explanation FROM rating WHERE run_id = ? AND rating_index = ?")) {
                select.setLong(1, runId);
                select.setInt(2, index);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(stored.read(row.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<String> explanations(long runId) {
        return database.call("cannot read the explanations of run " + runId, connection -> {
            require(connection, runId);
            StoredExplanations stored = StoredExplanations.of(connection, runId);
            List<String> explanations = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT explanation FROM rating WHERE run_id = ? ORDER BY rating_index")) {
                select.setLong(1, runId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        explanations.add(stored.read(rows.getBytes(1)));
                    }
                }
            }
            return explanations;
        });
    }

    @Override
    public InputStream input(long runId) {
        byte[] gzip = database.call("cannot read the input of run " + runId, connection -> {
            require(connection, runId);
            try (PreparedStatement select = connection.prepareStatement("SELECT gzip FROM run_input WHERE run_id = ?")) {
                select.setLong(1, runId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getBytes(1);
                }
            }
        });
        return Gzip.stream(gzip);
    }

    @Override
    public MethodologySnapshot methodology(long runId) {
        return database.call("cannot read the methodology of run " + runId, connection -> {
            RunSummary run = require(connection, runId);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT methodology, sources, changes FROM methodology_snapshot WHERE version = ?")) {
                select.setString(1, run.methodologyVersion());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new MethodologySnapshot(row.getString("methodology"), run.methodologyVersion(),
                            Json.map(Gzip.string(row.getBytes("sources"))), Json.map(row.getString("changes")));
                }
            }
        });
    }

    private RunSummary require(Connection connection, long id) throws SQLException {
        return find(connection, id).orElseThrow(() -> database.problem("no run " + id + " in the archive"));
    }

    private static Optional<RunSummary> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + Rows.RUN_COLUMNS + " FROM run WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Rows.run(row)) : Optional.empty();
            }
        }
    }
}
