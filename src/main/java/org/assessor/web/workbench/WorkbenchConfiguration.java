package org.assessor.web.workbench;

import org.assessor.archive.AuditLog;
import org.assessor.methodology.Methodologies;
import org.assessor.workbench.Workbench;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workbench works on the home the service serves: what it publishes, the watcher reloads. */
@Configuration(proxyBeanMethods = false)
class WorkbenchConfiguration {

    @Bean
    Workbench workbench(Methodologies methodologies, AuditLog audit) {
        return new Workbench(methodologies.home(), audit);
    }
}
