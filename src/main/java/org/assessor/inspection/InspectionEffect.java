package org.assessor.inspection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.rating.RatingService;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Rates the inspected trusts of an input twice: as they are, and with their inspection findings
 * ignored - every input of the inspection kind set to its domain's first value, which means "not
 * inspected" - and reports the trusts whose rating differs. A trust is inspected when at least one of its
 * inputs of that kind has another value.
 */
public final class InspectionEffect {
    public static final String DEFAULT_KIND = "inspection";

    private final RatingService service;

    public InspectionEffect(RatingService service) {
        this.service = service;
    }

    public InspectionReport report(String methodologyId, Path input, String kind) {
        Methodology methodology = service.methodologies().load(methodologyId);
        if (methodology.inputs().values().stream().noneMatch(i -> kind.equals(i.kind()))) {
            throw new ProblemException(Problem.error(service.methodologies().loader().configFile(methodologyId).toString(), 0, 0, "--kind",
                    "methodology " + methodologyId + " has no inputs of kind '" + kind + "'"));
        }
        List<AssessmentInputs> assessments = new AssessmentReader(methodology).read(input);
        List<AssessmentInputs> inspected = assessments.stream().filter(s -> !findings(methodology, s, kind).isEmpty()).toList();
        RuleBase rules = service.rules(methodology);
        Assessor assessor = new Assessor();
        List<Rating> asInspected = assessor.rate(rules, inspected);
        List<Rating> declared = assessor.rate(rules, inspected.stream().map(s -> withoutFindings(methodology, s, kind)).toList());
        List<InspectionReport.Change> changes = new ArrayList<>();
        for (int i = 0; i < inspected.size(); i++) {
            Object before = declared.get(i).value();
            Object after = asInspected.get(i).value();
            if (!Objects.equals(Numbers.text(before), Numbers.text(after))) {
                Assessment assessment = inspected.get(i).assessment();
                changes.add(new InspectionReport.Change(assessment.getOrganisation(), assessment.getSector(),
                        Numbers.text(before), Numbers.text(after), findings(methodology, inspected.get(i), kind)));
            }
        }
        return new InspectionReport(methodology, kind, assessments.size(), inspected.size(), changes);
    }

    /** The assessment's inputs of the kind whose value is not the domain's first ("not inspected"), by name. */
    static Map<String, String> findings(Methodology methodology, AssessmentInputs assessment, String kind) {
        Map<String, String> findings = new java.util.LinkedHashMap<>();
        for (Input input : assessment.inputs()) {
            if (kind.equals(input.kind()) && !input.value().equals(neutral(methodology, input.name()))) {
                findings.put(input.name(), input.value());
            }
        }
        return findings;
    }

    private static AssessmentInputs withoutFindings(Methodology methodology, AssessmentInputs assessment, String kind) {
        List<Input> inputs = assessment.inputs().stream()
                .map(i -> kind.equals(i.kind()) ? Input.of(i.assessment(), i.kind(), i.name(), neutral(methodology, i.name())) : i)
                .toList();
        return new AssessmentInputs(assessment.assessment(), inputs);
    }

    private static String neutral(Methodology methodology, String input) {
        String domain = methodology.inputs().get(input).domain();
        return methodology.config().domains().get(domain).values().keySet().iterator().next();
    }
}
