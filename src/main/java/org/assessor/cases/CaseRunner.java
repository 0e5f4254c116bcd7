package org.assessor.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.input.ValueParser;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.Domain;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Yaml;
import org.assessor.system.YamlErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Runs a methodology's YAML cases through its compiled rules and says, per case, what differed. */
public final class CaseRunner {
    private static final YAMLMapper YAML = Yaml.STRICT;

    public static Path casesFile(Path home, String methodologyId) {
        return home.resolve("methodology-configs").resolve(methodologyId + ".tests.yaml");
    }

    public static CaseFile read(Path file) {
        try {
            return YAML.readValue(Yaml.read(file), CaseFile.class);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new ProblemException(Problem.error(file.toString(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), null, YamlErrors.describe(e)));
        }
    }

    public List<CaseResult> run(RuleBase rules, Path file) {
        CaseFile cases = read(file);
        List<CaseResult> results = new ArrayList<>();
        int line = 0;
        for (CaseFile.Case c : cases.cases()) {
            results.add(run(rules, file.getFileName().toString(), cases, c, ++line));
        }
        return results;
    }

    private CaseResult run(RuleBase rules, String file, CaseFile cases, CaseFile.Case c, int number) {
        List<String> failures = new ArrayList<>();
        List<AssessmentInputs> assessments = new ArrayList<>();
        assessments.add(assessment(rules.methodology(), cases, c, c.name(), c.input(), number, failures));
        if (c.peers() != null) {
            int peer = 0;
            for (Map<String, String> input : c.peers()) {
                // each its own line, after the case's trust, as rows of a file are: rules that take trusts in input
                // order (a bootstrap's first trust of a peer group) must find one first
                ++peer;
                assessments.add(assessment(rules.methodology(), cases, c, "peer " + peer, input, number + peer, failures));
            }
        }
        if (!failures.isEmpty()) {
            return new CaseResult(file, c.name(), failures);
        }
        Rating rating;
        try {
            rating = new Assessor().rate(rules, assessments).get(0);
        } catch (ProblemException e) {
            failures.add(e.problems().get(0).message());
            return new CaseResult(file, c.name(), failures);
        }
        c.expected().forEach((name, expected) -> {
            Object actual = rating.results().get(name);
            if (!Objects.equals(text(expected), actual == null ? null : Numbers.text(actual))) {
                failures.add("expected " + name + " " + text(expected) + ", got " + (actual == null ? "nothing" : Numbers.text(actual)));
            }
        });
        Set<String> fired = rating.steps().stream().map(Step::rule).collect(Collectors.toSet());
        if (c.fired() != null) {
            c.fired().stream().filter(rule -> !fired.contains(rule))
                    .forEach(rule -> failures.add("expected rule \"" + rule + "\" to fire; fired: " + fired));
        }
        return new CaseResult(file, c.name(), failures);
    }

    private static AssessmentInputs assessment(Methodology methodology, CaseFile cases, CaseFile.Case c, String name,
                                   Map<String, String> input, int number, List<String> failures) {
        var sector = methodology.sectors().get(c.sector());
        if (sector == null) {
            failures.add("unknown sector '" + c.sector() + "'; allowed: " + String.join(", ", methodology.sectors().keySet()));
            return null;
        }
        Map<String, String> values = new HashMap<>(cases.defaults() == null ? Map.of() : cases.defaults().getOrDefault(c.sector(), Map.of()));
        if (input != null) {
            input.forEach((key, value) -> {
                if (!sector.inputs().contains(key)) {
                    failures.add("input '" + key + "' is not used by sector " + c.sector());
                }
                values.put(key, value);
            });
        }
        Assessment assessment = new Assessment(number, name, c.sector(), Map.of(), c.period(), Map.of());
        List<Input> inputs = new ArrayList<>();
        for (String key : sector.inputs()) {
            InputDefinition definition = methodology.inputs().get(key);
            Domain domain = methodology.config().domains().get(definition.domain());
            String value = values.get(key);
            if (domain.numeric() || domain.missing() != null) {
                if (value == null || domain.isMissing(value) || value.equals("missing")) {
                    continue;
                }
                if (domain.isSuppressed(value) || value.equals(Domain.SUPPRESSED)) {
                    inputs.add(Input.of(assessment, definition.kind(), key, Domain.SUPPRESSED));
                    continue;
                }
            }
            if (domain.numeric()) {
                // a case's numbers are read as an input file's are: same syntax, same range
                ValueParser.Parsed parsed = new ValueParser(domain).parseValue(value == null ? "" : value);
                if (parsed.ok()) {
                    inputs.add(Input.numeric(assessment, definition.kind(), key, parsed.value(), parsed.number()));
                } else {
                    failures.add("input '" + key + "': " + parsed.problem());
                }
            } else if (value == null || !domain.values().containsKey(value)) {
                failures.add("input '" + key + "' is " + (value == null ? "missing" : "'" + value + "', not a value of domain " + definition.domain()));
            } else {
                inputs.add(Input.of(assessment, definition.kind(), key, value));
            }
        }
        return failures.isEmpty() ? new AssessmentInputs(assessment, inputs) : null;
    }

    private static String text(Object value) {
        return value == null ? null : Numbers.text(value);
    }
}
