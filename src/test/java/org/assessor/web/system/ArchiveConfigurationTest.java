package org.assessor.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assessor.archive.ArchiveSettings;
import org.assessor.archive.AuditEntry;
import org.assessor.archive.AuditLog;
import org.assessor.archive.RunArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/** The web application's archive: application.yaml's H2 file under assessor.home, migrated by Spring Boot's Flyway. */
class ArchiveConfigurationTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(ArchiveConfiguration.class)
    static class Application {
    }

    @Test
    void theWebApplicationKeepsItsArchiveInTheHomeFolderMigratedAtStart(@TempDir Path home) {
        try (ConfigurableApplicationContext context = ArchiveSettings.under(null, null, null,
                () -> new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run("--assessor.home=" + home))) {
            AuditLog audit = context.getBean(AuditLog.class);
            audit.record("ann", "login", null, "ok");

            assertThat(audit.newest(5)).extracting(AuditEntry::user).containsExactly("ann");
            assertThat(context.getBean(RunArchive.class).runs()).isEmpty();
            assertThat(Files.exists(home.resolve("archive/assessor.mv.db"))).isTrue();
        }
    }
}
