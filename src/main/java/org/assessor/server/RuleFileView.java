package org.assessor.server;

import org.assessor.methodology.RuleFile;

/** One DRL file of a methodology, as served. */
public record RuleFileView(String file, String text) {

    public static RuleFileView of(RuleFile rule) {
        return new RuleFileView(rule.fileName(), rule.text());
    }
}
