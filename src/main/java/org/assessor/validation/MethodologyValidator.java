package org.assessor.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assessor.cases.CaseResult;
import org.assessor.cases.CaseRunner;
import org.assessor.methodology.ConfigSchema;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Checks a methodology — its configuration against the schema and for consistency, its rules'
 * parameters, compilation, every sector's coverage, and its own cases — and reports every problem found
 * instead of stopping at the first. Never throws for a problem in the methodology.
 */
public final class MethodologyValidator {
    private final Methodologies methodologies;

    public MethodologyValidator(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    public Validation validate(String id) {
        List<Problem> problems = new ArrayList<>(ConfigSchema.check(methodologies.loader().configFile(id)));
        Methodology methodology;
        try {
            methodology = methodologies.load(id);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return new Validation(id, null, problems, List.of(), null);
        }
        problems.addAll(ParamReferences.check(methodology));
        problems.addAll(BandChecks.check(methodology));
        RuleBase rules;
        try {
            rules = RuleBase.compile(methodology);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return new Validation(id, methodology.version(), problems, List.of(), null);
        }
        problems.addAll(SectorCoverage.check(rules));
        List<CaseResult> cases = cases(id, rules, problems);
        boolean ok = problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
        return new Validation(id, methodology.version(), problems, cases, ok ? rules : null);
    }

    private List<CaseResult> cases(String id, RuleBase rules, List<Problem> problems) {
        Path file = CaseRunner.casesFile(methodologies.home(), id);
        if (!Files.exists(file)) {
            problems.add(Problem.error(file.toString(), 0, 0, null, "methodology " + id + " has no test cases"));
            return List.of();
        }
        try {
            return new CaseRunner().run(rules, file);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }
}
