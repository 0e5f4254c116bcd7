package org.assessor.archive;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/** The archive's database: connections, and SQL failures turned into one-line problems that name it. */
final class Database {
    private final DataSource dataSource;
    private final String name;

    /** @param name how messages name the database ({@link ArchiveLocation#describe(String)}): never its URL or credentials */
    Database(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    DataSource dataSource() {
        return dataSource;
    }

    Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                throw problem("no database driver takes this URL; the run archive is at jdbc:h2:file:PATH or "
                        + "jdbc:postgresql://HOST:PORT/DATABASE");
            }
            throw problem(DatabaseFailure.describe(e));
        }
    }

    /** Runs {@code work} on a connection of its own, closed afterwards. */
    <T> T call(String doing, Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw problem(doing, e);
        }
    }

    /** The database's own message is not shown: it may hold the connection string, a user or engine internals. */
    ProblemException problem(String doing, Exception e) {
        return problem(doing + ": " + DatabaseFailure.describe(e));
    }

    ProblemException problem(String message) {
        return new ProblemException(Problem.error(name, 0, 0, null, message));
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
