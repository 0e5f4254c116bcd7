package org.assessor.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.assessor.system.ProblemException;
import org.junit.jupiter.api.Test;

/** Opening the archive: where it is by default, and what a user is told when it cannot be opened. */
class ArchivesTest {

    @Test
    void theDefaultArchiveIsAnH2FileInTheHomeFolder() {
        ArchiveLocation location = withSettings(null, null, null);

        assertThat(location.url()).startsWith("jdbc:h2:file:/opt/assessor/archive/assessor;");
        assertThat(location.user()).isEqualTo("sa");
    }

    @Test
    void systemPropertiesNameAnotherDatabase() {
        ArchiveLocation location = withSettings("jdbc:postgresql://db.example/assessor", "rater", "secret");

        assertThat(location).isEqualTo(new ArchiveLocation("jdbc:postgresql://db.example/assessor", "rater", "secret"));
        assertThat(location.toString()).doesNotContain("secret");
    }

    @Test
    void anotherH2FileHasTheSameDefaultUserAsTheWebApplication() {
        assertThat(withSettings("jdbc:h2:file:/tmp/elsewhere", null, null).user()).isEqualTo("sa");
    }

    /** The location configured for /opt/assessor under these settings (null: unset). */
    private static ArchiveLocation withSettings(String url, String user, String password) {
        return ArchiveSettings.under(url, user, password, () -> ArchiveLocation.configured(Path.of("/opt/assessor")));
    }

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(files.map(file -> file.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max(Integer::compare))
                    .contains(Integer.parseInt(Archives.SCHEMA_VERSION));
        }
    }

    @Test
    void aUrlNoDriverKnowsIsAProblemThatNamesIt() {
        assertThatThrownBy(() -> Archives.open(new ArchiveLocation("jdbc:nosuch:archive", null, null)))
                .isInstanceOf(ProblemException.class)
                .hasMessage("the run archive (a nosuch database): no database driver takes this URL; the run archive is at "
                        + "jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void anUnreachableDatabaseIsAProblemThatNamesWhereItIsWithoutTheConnectionStringOrCredentials() {
        int port = TestPostgres.freePort();
        ArchiveLocation nowhere = new ArchiveLocation("jdbc:postgresql://127.0.0.1:" + port + "/assessor?ssl=false&password=hidden",
                "rater", "secret");

        assertThatThrownBy(() -> Archives.open(nowhere)).isInstanceOf(ProblemException.class)
                .hasMessage("the run archive at 127.0.0.1:" + port + "/assessor (PostgreSQL): cannot connect: is the database running, "
                        + "and reachable at that address?");
    }

    @Test
    void anH2ArchiveIsNamedByItsFileWithoutTheUrlsSettingsOrUser() {
        ArchiveLocation location = new ArchiveLocation("jdbc:h2:file:/srv/assessor/archive/assessor;AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1",
                "sa", "");

        assertThat(location).hasToString("the run archive at /srv/assessor/archive/assessor");
        assertThat(ArchiveLocation.describe("jdbc:postgresql://ann:pw@db.example:5432/runs?password=pw"))
                .isEqualTo("the run archive at db.example:5432/runs (PostgreSQL)");
    }
}
