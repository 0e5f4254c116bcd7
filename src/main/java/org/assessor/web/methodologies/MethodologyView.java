package org.assessor.web.methodologies;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.assessor.serving.MethodologyState;
import org.assessor.serving.ServingVersion;
import org.assessor.serving.Status;

/** One methodology in {@code GET /api/methodologies}. */
record MethodologyView(String id, String version, Status status,
                       @JsonProperty("serving_version") String servingVersion,
                       @JsonProperty("loaded_at") String loadedAt,
                       @JsonProperty("last_error") List<String> lastError,
                       @JsonProperty("last_reload_ms") Long lastReloadMs,
                       List<String> relaxations) {

    static MethodologyView of(MethodologyState state) {
        ServingVersion serving = state.serving();
        return new MethodologyView(state.id(), state.version(), state.status(),
                serving == null ? null : serving.version(), serving == null ? null : serving.loadedAt().toString(),
                state.lastError(), state.lastReloadMs(),
                serving == null ? List.of() : serving.rules().methodology().relaxations());
    }
}
