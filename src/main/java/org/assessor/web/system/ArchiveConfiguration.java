package org.assessor.web.system;

import javax.sql.DataSource;

import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.AuditLog;
import org.assessor.archive.RunArchive;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive in the web application: over Spring's {@code DataSource} ({@code spring.datasource.*};
 * see {@code application.yaml} and the {@code postgres} profile), whose schema Spring Boot's Flyway
 * migrates at start from the same migrations as the CLI.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    Archives archives(DataSource dataSource, @Value("${spring.datasource.url:spring.datasource}") String url) {
        return Archives.of(dataSource, ArchiveLocation.describe(url));
    }

    @Bean
    RunArchive runArchive(Archives archives) {
        return archives.runs();
    }

    @Bean
    AuditLog auditLog(Archives archives) {
        return archives.audit();
    }
}
