package org.assessor.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assessor.cases.CaseFile;
import org.assessor.cases.CaseResult;
import org.assessor.cases.CaseRunner;
import org.assessor.methodology.InsideHome;
import org.assessor.methodology.YamlLocations;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.system.Yaml;

/**
 * Runs a methodology's own cases, each result placed at its case in the cases file
 * ({@code file:line:column}, where {@link CaseResult#file()} is printed), and reports a cases file that
 * is for another methodology or has cases the runner cannot run.
 */
final class CaseChecks {
    private CaseChecks() {
    }

    static List<CaseResult> run(Path home, String id, RuleBase rules, List<Problem> problems) {
        Path file = CaseRunner.casesFile(home, id);
        if (!Files.exists(file)) {
            problems.add(Problem.error(file.toString(), 0, 0, null, "methodology " + id + " has no test cases"));
            return List.of();
        }
        try {
            InsideHome.require(home, file);
            CaseFile cases = CaseRunner.read(file);
            YamlLocations places = YamlLocations.of(Yaml.read(file));
            if (!id.equals(cases.methodology())) {
                problems.add(problem(file, places, "methodology", "the cases are for '" + cases.methodology() + "', not " + id));
            }
            if (!runnable(cases, file, places, problems)) {
                return List.of();
            }
            List<CaseResult> results = new CaseRunner().run(rules, file);
            List<CaseResult> placed = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                String at = "cases[" + i + "]";
                placed.add(new CaseResult(file + ":" + places.line(at) + ":" + places.column(at), results.get(i).name(),
                        results.get(i).failures().stream().map(CaseChecks::firstLine).toList()));
            }
            return placed;
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    /** A failure that carries a problem report keeps its first line: the rest repeats it. */
    private static String firstLine(String failure) {
        int end = failure.indexOf('\n');
        return end < 0 ? failure : failure.substring(0, end).replaceAll(":$", "");
    }

    /** The case runner expects every case to name its sector and expected results. */
    private static boolean runnable(CaseFile cases, Path file, YamlLocations places, List<Problem> problems) {
        if (cases.cases() == null || cases.cases().isEmpty()) {
            problems.add(problem(file, places, "cases", "no cases"));
            return false;
        }
        int before = problems.size();
        for (int i = 0; i < cases.cases().size(); i++) {
            CaseFile.Case c = cases.cases().get(i);
            if (c == null || c.name() == null || c.sector() == null || c.expected() == null) {
                problems.add(problem(file, places, "cases[" + i + "]", "a case needs a name, a sector and its expected results"));
            }
        }
        return problems.size() == before;
    }

    private static Problem problem(Path file, YamlLocations places, String path, String message) {
        return Problem.error(file.toString(), places.line(path), places.column(path), path, message);
    }
}
