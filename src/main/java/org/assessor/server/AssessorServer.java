package org.assessor.server;

import java.nio.file.Path;
import java.util.Map;

import org.assessor.methodology.Methodologies;
import org.assessor.validation.IsolatedValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot service behind {@code assessor serve}: the methodologies in {@code assessor.home},
 * each served at its last valid version and reloaded when its files change.
 */
@SpringBootApplication(scanBasePackages = "org.assessor")
public class AssessorServer {

    /** Starts the service on {@code address}:{@code port} (0 picks a free port) and returns once it accepts requests. */
    public static ConfigurableApplicationContext start(Path home, String address, int port) {
        SpringApplication application = new SpringApplication(AssessorServer.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(Map.of("logging.level.org.assessor.server", "INFO"));
        // command-line properties win over the launcher's -Dassessor.home, so --methodologies is obeyed
        return application.run("--assessor.home=" + home, "--server.address=" + address, "--server.port=" + port);
    }

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
