package org.assessor.serving;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request named a methodology the service does not have. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownMethodologyException extends RuntimeException {
    public UnknownMethodologyException(String id, List<String> available) {
        super("no methodology '" + id + "'; available: " + String.join(", ", available));
    }
}
