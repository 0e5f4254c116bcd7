package org.assessor.validation;

import java.util.List;

import org.assessor.cases.CaseResult;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;

/**
 * Everything found when checking one methodology, with what its configuration relaxes of the sandbox. It is {@link #ok()} when there was no problem and every
 * case passed; {@code rules}, the compiled methodology, is then present when it was validated in this
 * process (a validation in a child process reports the outcome only), and absent otherwise.
 */
public record Validation(String id, String version, List<String> relaxations, List<Problem> problems, List<CaseResult> cases,
                         RuleBase rules) {

    public boolean ok() {
        return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    public List<CaseResult> failedCases() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }
}
