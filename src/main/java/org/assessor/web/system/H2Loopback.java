package org.assessor.web.system;

import org.assessor.archive.H2AutoServer;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Binds the archive's H2 auto-server to loopback as a Spring application starts, before its first connection
 * ({@link H2AutoServer} says why); registered in {@code META-INF/spring.factories}.
 */
public final class H2Loopback implements ApplicationListener<ApplicationStartingEvent> {

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        H2AutoServer.loopbackOnly();
    }
}
