package org.assessor.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the archive tests, one per test run: the server named by
 * {@code ASSESSOR_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}) when set, as {@code .ci/run}
 * does; else zonky's embedded PostgreSQL, whose binaries come from Maven Central. PostgreSQL refuses to
 * run as root, so as root the same binaries run as {@code nobody} (see {@link RootPostgres}). Never skipped.
 */
final class TestPostgres {
    private static ArchiveLocation server;

    private TestPostgres() {
    }

    /** A new, empty schema of its own, so each test sees only its own runs. */
    static synchronized ArchiveLocation freshSchema() {
        if (server == null) {
            server = start();
        }
        String schema = "archive_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server.url(), server.connectionProperties());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema in the test PostgreSQL at " + server, e);
        }
        String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ArchiveLocation(url, server.user(), server.password());
    }

    private static ArchiveLocation start() {
        String url = System.getenv("ASSESSOR_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new ArchiveLocation(url, System.getenv("ASSESSOR_TEST_POSTGRES_USER"), System.getenv("ASSESSOR_TEST_POSTGRES_PASSWORD"));
        }
        if (RootPostgres.isRoot()) {
            return RootPostgres.start();
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new ArchiveLocation(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; zonky cleans stale data folders on its next start
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
