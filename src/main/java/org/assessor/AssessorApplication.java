package org.assessor;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The web application behind {@code assessor serve}: the methodologies in {@code assessor.home}, each served at
 * its last valid version and reloaded when its files change, with the pages and REST API over them. At the root
 * package, so that Spring finds its parts by scanning the packages below (the serving engine, the web features).
 */
@SpringBootApplication
public class AssessorApplication {

    /**
     * Starts the service on {@code address}:{@code port} (0 picks a free port) and returns once it accepts requests.
     *
     * @throws PortInUse when something else listens on the port
     */
    public static Running start(Path home, String address, int port) {
        SpringApplication application = new SpringApplication(AssessorApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(Map.of("logging.level.org.assessor.serving", "INFO"));
        try {
            // command-line properties win over the launcher's -Dassessor.home, so --methodologies is obeyed
            return new Running(application.run("--assessor.home=" + home, "--server.address=" + address, "--server.port=" + port));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException) {
                    throw new PortInUse(port, e);
                }
            }
            throw e;
        }
    }

    /** A started application: the port it listens on, and waiting until it stops. */
    public static final class Running {
        private final ConfigurableApplicationContext context;
        private final CountDownLatch closed = new CountDownLatch(1);

        private Running(ConfigurableApplicationContext context) {
            this.context = context;
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    closed.countDown();
                }
            });
        }

        /** The port it listens on (the one picked, when asked for 0). */
        public String port() {
            return context.getEnvironment().getProperty("local.server.port");
        }

        /** Returns once the application has stopped (on SIGTERM or Ctrl-C). */
        public void awaitStop() throws InterruptedException {
            closed.await();
        }
    }

    /** The port asked for is in use. */
    public static final class PortInUse extends RuntimeException {
        private PortInUse(int port, Throwable cause) {
            super("port " + port + " is in use", cause);
        }
    }
}
