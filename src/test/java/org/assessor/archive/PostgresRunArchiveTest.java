package org.assessor.archive;

/** The run archive in a real PostgreSQL (see {@link TestPostgres}). */
class PostgresRunArchiveTest extends RunArchiveContract {

    @Override
    ArchiveLocation freshDatabase() {
        return TestPostgres.freshSchema();
    }
}
