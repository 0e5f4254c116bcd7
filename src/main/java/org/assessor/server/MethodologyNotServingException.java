package org.assessor.server;

import java.util.List;

/** A request named a methodology that has no valid version yet: every build of it so far failed. */
class MethodologyNotServingException extends RuntimeException {
    private final transient List<String> lastError;

    MethodologyNotServingException(MethodologyState state) {
        super("methodology '" + state.id() + "' has no valid version to serve (status " + state.status() + ")");
        this.lastError = state.lastError();
    }

    List<String> lastError() {
        return lastError;
    }
}
