package org.assessor.serving;

import java.time.Instant;

import org.assessor.rules.RuleBase;

/** One validated, compiled version of a methodology and when it started serving. Immutable: a request keeps the one it got. */
public record ServingVersion(RuleBase rules, Instant loadedAt) {

    public String version() {
        return rules.methodology().version();
    }
}
