package org.assessor.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;
import org.assessor.output.ExplainedRating;
import org.assessor.output.ExplanationHeader;
import org.assessor.output.ExplanationsJsonl;
import org.assessor.system.EngineVersion;
import org.assessor.system.Hashes;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * One run written in one transaction: the snapshot, run row and input first, then the ratings in
 * batches as they come, so a run of a million ratings is never held in memory and nothing of it is
 * visible before {@link #commit()}.
 */
final class JdbcRecording implements Recording {
    private static final int BATCH = 500;
    /** The SQL state both H2 and PostgreSQL give a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INSERT_RATING = "INSERT INTO rating (run_id, rating_index, organisation, sector, period, "
            + "rating, results, depends_on_assumptions, explanation, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final Connection connection;
    private final RunSummary begun;
    private final Methodology methodology;
    private ExplanationHeader header;
    private Function<Rating, ExplainedRating> serialiser;
    private PreparedStatement insert;
    private int count;
    private boolean committed;

    private JdbcRecording(Database database, Connection connection, RunSummary begun, Methodology methodology) {
        this.database = database;
        this.connection = connection;
        this.begun = begun;
        this.methodology = methodology;
    }

    static JdbcRecording begin(Database database, RunStart start) {
        Connection connection = database.connect();
        try {
            connection.setAutoCommit(false);
            Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            byte[] input = gzip(start);
            saveSnapshot(connection, start.methodology());
            RunSummary begun = insertRun(connection, start, startedAt, input);
            JdbcRecording recording = new JdbcRecording(database, connection, begun, start.methodology());
            recording.insert = connection.prepareStatement(INSERT_RATING);
            return recording;
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw e instanceof SQLException sql ? database.problem("cannot start recording the run", sql) : (RuntimeException) e;
        }
    }

    @Override
    public void add(Rating rating) {
        add(new ExplainedRating(rating, null, null));
    }

    @Override
    public void add(ExplainedRating explained) {
        Rating rating = explained.rating();
        byte[] explanation = explained.json() != null ? line(explained) : serialiser().apply(rating).json();
        if (committed) {
            throw new IllegalStateException("run " + begun.id() + " is committed; runs are immutable");
        }
        try {
            StoredRating stored = StoredRatings.of(count, rating);
            insert.setLong(1, begun.id());
            insert.setInt(2, count);
            insert.setString(3, stored.organisation());
            insert.setString(4, stored.sector());
            insert.setString(5, stored.period());
            insert.setString(6, stored.rating());
            insert.setString(7, Json.text(stored.results()));
            insert.setBoolean(8, stored.dependsOnAssumptions());
            insert.setBytes(9, Gzip.bytes(explanation));
            insert.setString(10, Json.text(stored.attributes()));
            insert.addBatch();
            if (++count % BATCH == 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw database.problem("cannot record rating " + count + " of run " + begun.id(), e);
        }
    }

    /** The rating's line, which must refer to the one header the run keeps. */
    private byte[] line(ExplainedRating explained) {
        if (header == null) {
            header = explained.header();
        } else if (explained.header() != header) {
            throw new IllegalArgumentException("rating " + count + " of run " + begun.id() + " refers to another explanations header");
        }
        return explained.json();
    }

    /**
     * For ratings handed on without a line: serialised against the run's header, or one of the methodology's
     * parameters and labels (without the compiled rules, each step then names its rule in full).
     */
    private Function<Rating, ExplainedRating> serialiser() {
        if (serialiser == null) {
            header = header != null ? header : ExplanationHeader.of(methodology, List.of());
            serialiser = ExplanationsJsonl.serialiser(header, false);
        }
        return serialiser;
    }

    @Override
    public RunSummary commit() {
        try {
            insert.executeBatch();
            if (header != null) {
                try (PreparedStatement insertHeader = connection.prepareStatement(
                        "INSERT INTO run_explanation_header (run_id, format, header) VALUES (?, ?, ?)")) {
                    insertHeader.setLong(1, begun.id());
                    insertHeader.setInt(2, ExplanationHeader.VERSION);
                    insertHeader.setBytes(3, Gzip.bytes(header.toJson(null)));
                    insertHeader.executeUpdate();
                }
            }
            Instant finishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement update = connection.prepareStatement("UPDATE run SET finished_at = ?, ratings = ? WHERE id = ?")) {
                update.setObject(1, Rows.timestamp(finishedAt));
                update.setInt(2, count);
                update.setLong(3, begun.id());
                update.executeUpdate();
            }
            connection.commit();
            committed = true;
            return new RunSummary(begun.id(), begun.methodology(), begun.methodologyVersion(), begun.title(), begun.inputName(),
                    begun.inputSha256(), begun.period(), begun.ranBy(), begun.origin(), begun.startedAt(), finishedAt, count,
                    begun.engineVersion());
        } catch (SQLException e) {
            throw database.problem("cannot commit run " + begun.id(), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            discard(connection);
        } else {
            try {
                connection.close();
            } catch (SQLException e) {
                // committed already: nothing is lost
            }
        }
    }

    /** A version is stored once; a concurrent run storing the same one waits for it, then finds it there. */
    private static void saveSnapshot(Connection connection, Methodology methodology) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO methodology_snapshot (version, methodology, sources, changes) "
                        + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM methodology_snapshot WHERE version = ?)")) {
            insert.setString(1, methodology.version());
            insert.setString(2, methodology.id());
            insert.setBytes(3, Gzip.text(Json.text(methodology.sources())));
            insert.setString(4, Json.text(methodology.changes()));
            insert.setString(5, methodology.version());
            insert.executeUpdate();
            connection.releaseSavepoint(before);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
        }
    }

    private static RunSummary insertRun(Connection connection, RunStart start, Instant startedAt, byte[] input) throws SQLException {
        Methodology methodology = start.methodology();
        String sha256 = Hashes.of(start.input());
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run (methodology, methodology_version, title, "
                + "input_name, input_sha256, period, ran_by, origin, started_at, engine_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, methodology.id());
            insert.setString(2, methodology.version());
            insert.setString(3, methodology.config().title());
            insert.setString(4, start.inputName());
            insert.setString(5, sha256);
            insert.setString(6, start.period());
            insert.setString(7, start.ranBy());
            insert.setString(8, start.origin());
            insert.setObject(9, Rows.timestamp(startedAt));
            insert.setString(10, EngineVersion.get());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_input (run_id, gzip) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setBytes(2, input);
            insert.executeUpdate();
        }
        return new RunSummary(id, methodology.id(), methodology.version(), methodology.config().title(), start.inputName(), sha256,
                start.period(), start.ranBy(), start.origin(), startedAt, null, 0, EngineVersion.get());
    }

    private static byte[] gzip(RunStart start) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(start.input()); GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(start.input().toString(), 0, 0, null, "cannot read: " + e.getMessage()));
        }
        return bytes.toByteArray();
    }

    private static void discard(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // the transaction dies with its connection either way
        }
    }
}
