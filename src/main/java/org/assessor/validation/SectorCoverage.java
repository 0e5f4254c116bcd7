package org.assessor.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.Domain;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Every sector's inputs must be consistent with the rules: a trust of the sector gets a rating whatever
 * value any one of its inputs takes. Tries each value of each input against a base of first values.
 */
final class SectorCoverage {
    private SectorCoverage() {
    }

    static List<Problem> check(RuleBase rules, ConfigPlaces places) {
        Methodology methodology = rules.methodology();
        List<Problem> problems = new ArrayList<>();
        methodology.sectors().forEach((sector, definition) -> {
            Map<String, String> base = new LinkedHashMap<>();
            definition.inputs().forEach(input -> base.put(input, firstValue(methodology, input)));
            for (String input : definition.inputs()) {
                for (String value : domainValues(methodology, input)) {
                    Map<String, String> values = new LinkedHashMap<>(base);
                    values.put(input, value);
                    String missing = rate(rules, sector, definition, values);
                    if (missing != null) {
                        String when = value.equals(base.get(input)) ? "every input takes its domain's first value"
                                : input + " is " + value + " and every other input its domain's first value";
                        problems.add(places.error("sectors." + sector, "a trust of this sector gets no rating when " + when
                                + ": " + missing));
                        return;
                    }
                }
            }
        });
        return problems;
    }

    private static String rate(RuleBase rules, String sector, SectorDefinition definition, Map<String, String> values) {
        Assessment assessment = new Assessment(0, "coverage check", sector, Map.of(), firstPeriod(rules.methodology()), Map.of());
        List<Input> inputs = new ArrayList<>();
        definition.inputs().forEach(name -> {
            String kind = rules.methodology().inputs().get(name).kind();
            String value = values.get(name);
            inputs.add(numeric(rules.methodology(), name) && !value.equals(Domain.SUPPRESSED)
                    ? Input.numeric(assessment, kind, name, value, Double.parseDouble(value))
                    : Input.of(assessment, kind, name, value));
        });
        try {
            new Assessor().rate(rules, List.of(new AssessmentInputs(assessment, inputs)));
            return null;
        } catch (ProblemException e) {
            return e.problems().get(0).message();
        }
    }

    /** A methodology whose input has periods is checked in its first period (parameters may be keyed by period). */
    private static String firstPeriod(Methodology methodology) {
        var format = methodology.config().inputFormat();
        return format == null || format.periodValues() == null || format.periodValues().isEmpty() ? null
                : format.periodValues().values().iterator().next();
    }

    private static boolean numeric(Methodology methodology, String input) {
        return methodology.config().domains().get(methodology.inputs().get(input).domain()).numeric();
    }

    /** A numeric domain is tried with one number and, when it has them, a suppressed value. */
    private static List<String> domainValues(Methodology methodology, String input) {
        Domain domain = methodology.config().domains().get(methodology.inputs().get(input).domain());
        if (domain.numeric()) {
            String number = oneOrNearest(domain);
            return domain.suppressed() == null ? List.of(number) : List.of(number, Domain.SUPPRESSED);
        }
        return List.copyOf(methodology.config().domains().get(methodology.inputs().get(input).domain()).values().keySet());
    }

    /** 1, or the bound of the domain's range nearest to it: a number an input file may hold. */
    private static String oneOrNearest(Domain domain) {
        BigDecimal number = BigDecimal.ONE;
        if (domain.min() != null && number.compareTo(domain.min()) < 0) {
            number = domain.min();
        }
        if (domain.max() != null && number.compareTo(domain.max()) > 0) {
            number = domain.max();
        }
        return number.toPlainString();
    }

    private static String firstValue(Methodology methodology, String input) {
        return domainValues(methodology, input).get(0);
    }
}
