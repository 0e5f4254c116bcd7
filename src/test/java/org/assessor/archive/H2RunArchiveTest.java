package org.assessor.archive;

/** The run archive in an H2 file database, the default. */
class H2RunArchiveTest extends RunArchiveContract {

    @Override
    ArchiveLocation freshDatabase() {
        return ArchiveLocation.h2(temp.resolve("archive"));
    }
}
