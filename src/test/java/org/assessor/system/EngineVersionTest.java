package org.assessor.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineVersionTest {
    @Test
    void theBuildWritesTheProjectVersionIntoEveryOutput() {
        // the Spring Boot parent filters resources with @...@, not ${...}: a wrong delimiter leaves the placeholder
        assertThat(EngineVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-[\\w.]+)?");
    }
}
