package org.assessor.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Opens the run archive and the audit log in one database, migrating its schema first. */
public final class Archives {
    /** The Flyway migrations: one SQL set for H2 and PostgreSQL. */
    public static final String MIGRATIONS = "classpath:db/migration";
    /** The version of the newest migration (V4__...): a database already there need not start Flyway. */
    static final String SCHEMA_VERSION = "5";

    private final RunArchive runs;
    private final AuditLog audit;

    private Archives(Database database) {
        this.runs = new JdbcRunArchive(database);
        this.audit = new JdbcAuditLog(database);
    }

    /** For the CLI: connects without a pool and migrates. Problems name where the archive is, never the URL or credentials. */
    public static Archives open(ArchiveLocation location) {
        H2AutoServer.loopbackOnly();
        Database database = new Database(new DriverDataSource(location), location.toString());
        migrate(database);
        return new Archives(database);
    }

    /** Over a data source whose schema is migrated already, e.g. by Spring Boot's Flyway at start. */
    public static Archives of(DataSource dataSource, String name) {
        return new Archives(new Database(dataSource, name));
    }

    public RunArchive runs() {
        return runs;
    }

    public AuditLog audit() {
        return audit;
    }

    private static void migrate(Database database) {
        if (database.call("cannot open it", Archives::current)) {
            return;
        }
        try {
            Flyway.configure().dataSource(database.dataSource()).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException e) {
            throw database.problem("cannot bring its tables up to date", e);
        }
    }

    /** Starting Flyway costs the CLI more than opening the database, so a database at the newest version skips it. */
    private static boolean current(Connection connection) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM \"flyway_schema_history\" WHERE \"version\" = ? AND \"success\" = TRUE")) {
            select.setString(1, SCHEMA_VERSION);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            return false; // no history yet: Flyway creates it
        }
    }
}
