package org.assessor.web.system;

import org.springframework.http.ResponseEntity;

/** The header of every API answer about one methodology version, naming that version: {@value #NAME}. */
public final class VersionHeader {
    public static final String NAME = "Assessor-Methodology-Version";

    private VersionHeader() {
    }

    /** 200 with the body, naming the methodology version it comes from. */
    public static <T> ResponseEntity<T> ok(String version, T body) {
        return ResponseEntity.ok().header(NAME, version).body(body);
    }
}
