package org.assessor.validation;

import java.util.List;

import org.assessor.cases.CaseResult;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;

/**
 * Everything found when checking one methodology. {@code rules} is the compiled methodology, present
 * only when there were no problems and every case passed: only then may it be used.
 */
public record Validation(String id, String version, List<Problem> problems, List<CaseResult> cases, RuleBase rules) {

    public boolean ok() {
        return rules != null;
    }

    public List<CaseResult> failedCases() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }
}
