package org.assessor.web.methodologies;

import org.assessor.methodology.RuleFile;

/** One DRL file of a methodology, as served. */
record RuleFileView(String file, String text) {

    static RuleFileView of(RuleFile rule) {
        return new RuleFileView(rule.fileName(), rule.text());
    }
}
