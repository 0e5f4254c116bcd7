package org.assessor.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assessor.cases.CaseResult;
import org.assessor.methodology.ConfigSchema;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyLoader;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Checks a methodology — its configuration against the schema and for consistency, its rules'
 * parameters, compilation, every sector's coverage, and its own cases — and reports every problem found
 * instead of stopping at the first, each at its file and line. Never throws for a problem in the methodology.
 */
public final class MethodologyValidator {
    private final Methodologies methodologies;

    public MethodologyValidator(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    public Validation validate(String id) {
        MethodologyLoader loader = methodologies.loader();
        Path config = loader.configFile(id);
        if (!Files.isRegularFile(config)) {
            return new Validation(id, null, List.of(), List.of(Problem.error(config.toString(), 0, 0, null, "no methodology '" + id
                    + "'; available: " + String.join(", ", methodologies.ids()))), List.of(), null);
        }
        List<Problem> schema = schema(config);
        List<Problem> problems = new ArrayList<>();
        Methodology methodology;
        try {
            methodology = methodologies.load(id);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            problems.addAll(UnloadedRules.check(loader, id, ConfigPlaces.of(loader, id)));
            return new Validation(id, null, List.of(), merge(schema, problems), List.of(), null);
        }
        ConfigPlaces places = ConfigPlaces.of(loader, id);
        problems.addAll(ParamReferences.check(methodology, places));
        problems.addAll(ParamSources.check(methodologies.home(), methodology, places));
        problems.addAll(BandChecks.check(methodology, places));
        RuleBase rules;
        try {
            rules = RuleBase.compile(methodology);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return new Validation(id, methodology.version(), methodology.relaxations(), merge(schema, problems), List.of(), null);
        }
        List<CaseResult> cases = List.of();
        if (ParamReferences.anyMismatch(methodology)) {
            // every rating would fail on the value where it is read, burying the one problem under Java's words for it
            problems.add(Problem.warning(config.toString(), 0, 0, null, "sector coverage and the cases were not run: "
                    + "a parameter's value does not fit how a rule reads it (reported at its place)"));
        } else {
            problems.addAll(SectorCoverage.check(rules, places));
            cases = CaseChecks.run(methodologies.home(), id, rules, problems);
        }
        List<Problem> all = merge(schema, problems);
        boolean ok = all.isEmpty() && cases.stream().allMatch(CaseResult::passed);
        return new Validation(id, methodology.version(), methodology.relaxations(), all, cases, ok ? rules : null);
    }

    private static List<Problem> schema(Path config) {
        try {
            return ConfigSchema.check(config);
        } catch (ProblemException e) {
            return e.problems();
        }
    }

    /**
     * Every fault once, in file and line order. The loader and the schema often find the same fault (a
     * missing reference, an unknown key) and the loader's words are the more specific, so a schema
     * problem is dropped where another check reported one at the same place.
     */
    private static List<Problem> merge(List<Problem> schema, List<Problem> others) {
        List<Problem> merged = new ArrayList<>(others);
        schema.stream().filter(s -> s.line() == 0 || others.stream().noneMatch(o -> samePlace(s, o))).forEach(merged::add);
        return merged.stream().distinct()
                .sorted(Comparator.comparing((Problem p) -> String.valueOf(p.file())).thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
    }

    private static boolean samePlace(Problem a, Problem b) {
        return String.valueOf(a.file()).equals(String.valueOf(b.file())) && a.line() == b.line() && a.column() == b.column();
    }
}
