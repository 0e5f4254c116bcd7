package org.assessor.validation;

import java.util.ArrayList;
import java.util.List;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.rules.ParamReads;
import org.assessor.rules.ParamsAsRead;
import org.assessor.system.Problem;

/**
 * The parameters the rules read ({@link ParamReads}) against those the configuration defines: rules that
 * read parameters that do not exist, parameters that no rule reads, and parameters whose value does not
 * fit how a rule reads it ({@link ParamsAsRead}). So a sector without its parameters, a parameter keyed by
 * a sector or value that does not exist, or {@code value: one} where a rule reads a number, is found
 * before anything is rated.
 */
final class ParamReferences {
    private ParamReferences() {
    }

    static List<Problem> check(Methodology methodology, ConfigPlaces places) {
        ParamReads reads = ParamReads.of(methodology);
        List<Problem> problems = new ArrayList<>();
        ParamsAsRead.undefined(methodology, reads).forEach(read -> problems.add(ParamsAsRead.undefinedProblem(read)));
        // while a rule file does not parse, what it reads is unknown: no parameter is called unread
        for (Param param : reads.complete() ? methodology.params() : List.<Param>of()) {
            if (reads.reads().stream().noneMatch(r -> r.matches(param))) {
                problems.add(places.error("parameters." + param.name(), "no rule reads this parameter"));
            }
        }
        for (ParamsAsRead.Mismatch mismatch : ParamsAsRead.of(methodology, reads)) {
            problems.add(places.error(mismatch.path(), mismatch.message()));
        }
        return problems;
    }

    /** Whether a parameter's value does not fit how a rule reads it: rating anything would fail on it. */
    static boolean anyMismatch(Methodology methodology) {
        return !ParamsAsRead.of(methodology, ParamReads.of(methodology)).isEmpty();
    }
}
