package org.assessor.serving;

import java.util.List;

/**
 * A snapshot of one methodology in the registry. {@code version} is the version of the files last built
 * (null when they could not be read), {@code serving} the version requests get (null when none ever
 * passed), {@code lastError} what made the last build fail, {@code lastReloadMs} how long the last
 * successful reload took from the last file change to serving.
 */
public record MethodologyState(String id, String version, Status status, ServingVersion serving, List<String> lastError,
                        Long lastReloadMs) {

    static MethodologyState first(String id) {
        return new MethodologyState(id, null, Status.LOADING, null, List.of(), null);
    }

    MethodologyState loading() {
        return new MethodologyState(id, version, Status.LOADING, serving, lastError, lastReloadMs);
    }

    MethodologyState serving(ServingVersion next, long reloadMs) {
        return new MethodologyState(id, next.version(), Status.SERVING, next, List.of(), reloadMs);
    }

    MethodologyState failed(String builtVersion, List<String> errors) {
        return new MethodologyState(id, builtVersion, Status.FAILED, serving, List.copyOf(errors), lastReloadMs);
    }
}
