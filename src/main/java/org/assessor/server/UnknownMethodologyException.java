package org.assessor.server;

import java.util.List;

/** A request named a methodology the service does not have. */
class UnknownMethodologyException extends RuntimeException {
    UnknownMethodologyException(String id, List<String> available) {
        super("no methodology '" + id + "'; available: " + String.join(", ", available));
    }
}
