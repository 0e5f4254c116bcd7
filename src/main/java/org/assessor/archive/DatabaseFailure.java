package org.assessor.archive;

import java.sql.SQLException;

/**
 * Why the archive's database failed, in words, from the SQL state: the driver's message is never
 * shown, since H2's and PostgreSQL's name the connection string, the user and their own internals
 * ({@code [90020-240]}), which a user cannot act on and should not see in a shared log.
 */
final class DatabaseFailure {
    /** H2's error codes for a file database another program holds, and for one closed under a query. */
    private static final int H2_IN_USE = 90020;
    private static final int H2_CLOSED = 90098;
    private static final int H2_CLOSED_ON_EXIT = 90121;

    private DatabaseFailure() {
    }

    static String describe(Throwable failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return "the database failed (" + failure.getClass().getSimpleName().replace("Exception", "") + ")";
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql.getErrorCode();
        if (code == H2_IN_USE) {
            return "the database file is in use by another program that did not open it as a server; close it and try again";
        }
        if (code == H2_CLOSED || code == H2_CLOSED_ON_EXIT) {
            return "the database was closed while in use (is the program stopping?)";
        }
        if (state.startsWith("28")) {
            return "the user name or password was refused";
        }
        if (state.startsWith("08")) {
            return "cannot connect: is the database running, and reachable at that address?";
        }
        if (state.startsWith("3D")) {
            return "no such database";
        }
        if (state.startsWith("42")) {
            return "the archive's tables are not as this version of Assessor expects (SQL state " + state + ")";
        }
        return "the database reported an error (SQL state " + (state.isEmpty() ? "unknown" : state) + ", code " + code + ")";
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
