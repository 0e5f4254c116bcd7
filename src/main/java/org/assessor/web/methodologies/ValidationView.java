package org.assessor.web.methodologies;

import java.util.List;

import org.assessor.cases.CaseResult;
import org.assessor.system.Problem;
import org.assessor.validation.Validation;

/**
 * What {@code assessor validate} reports for one methodology: what it relaxes of the sandbox, every problem
 * with its place, and each case's outcome.
 */
public record ValidationView(String id, String version, boolean ok, List<String> relaxations, List<Problem> problems,
                             List<CaseView> cases) {

    public static ValidationView of(Validation validation) {
        return new ValidationView(validation.id(), validation.version(), validation.ok(), validation.relaxations(), validation.problems(),
                validation.cases().stream().map(CaseView::of).toList());
    }

    /** One of the methodology's own cases: passed, or what differed. */
    public record CaseView(String file, String name, boolean passed, List<String> failures) {
        static CaseView of(CaseResult result) {
            return new CaseView(result.file(), result.name(), result.passed(), result.failures());
        }
    }
}
