package org.assessor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Provides the {@link InMemoryRunArchive} stand-in as the service's run archive and audit log. */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryArchiveConfiguration {

    @Bean
    InMemoryRunArchive inMemoryRunArchive() {
        return new InMemoryRunArchive();
    }
}
