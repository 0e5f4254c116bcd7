package org.assessor.serving;

import java.nio.file.Path;

import org.assessor.methodology.Methodologies;
import org.assessor.validation.IsolatedValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The methodologies the service serves, from {@code assessor.home}, and how edited files are validated. */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    @Bean
    Methodologies methodologies(@Value("${assessor.home}") Path home) {
        return new Methodologies(home.toAbsolutePath().normalize());
    }

    /** Validation of edited files runs in a child process: nothing they do can hang or exhaust the service. */
    @Bean
    IsolatedValidator isolatedValidator(Methodologies methodologies) {
        return new IsolatedValidator(methodologies);
    }
}
