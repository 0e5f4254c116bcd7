package org.assessor.serving;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request named a methodology that has no valid version yet: every build of it so far failed. */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class MethodologyNotServingException extends RuntimeException {
    private final transient List<String> lastError;

    MethodologyNotServingException(MethodologyState state) {
        super("methodology '" + state.id() + "' has no valid version to serve (status " + state.status() + ")");
        this.lastError = state.lastError();
    }

    public List<String> lastError() {
        return lastError;
    }
}
