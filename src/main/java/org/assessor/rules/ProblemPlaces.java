package org.assessor.rules;

import java.util.List;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Finds the place of a compile problem Drools reported without a line (the executable model often
 * gives {@code line = -1}): the rule named in the message, or the line holding the expression it quotes.
 */
final class ProblemPlaces {
    private static final int SHORTEST_SNIPPET = 4;

    private ProblemPlaces() {
    }

    static Problem locate(Problem problem, RuleFile file) {
        if (problem.line() > 0 || file == null) {
            return problem;
        }
        List<RuleDescr> rules = rules(file);
        for (RuleDescr rule : rules) {
            if (problem.message().contains(rule.getName())) {
                return place(problem, rule.getLine(), 0, rule);
            }
        }
        String message = problem.message();
        String snippet = message.substring(message.lastIndexOf(':') + 1).strip();
        int at = snippet.length() >= SHORTEST_SNIPPET ? file.text().indexOf(snippet) : -1;
        if (at < 0) {
            return problem;
        }
        String before = file.text().substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        RuleDescr rule = rules.stream().filter(r -> r.getLine() <= line && line <= r.getEndLine()).findFirst().orElse(null);
        return place(problem, line, column, rule);
    }

    private static Problem place(Problem problem, int line, int column, RuleDescr rule) {
        String at = rule == null ? problem.at() : "rule \"" + rule.getName() + "\"";
        return new Problem(problem.file(), line, column, at, problem.message(), problem.warning());
    }

    private static List<RuleDescr> rules(RuleFile file) {
        try {
            return new DrlParser().parse(false, file.text()).getRules();
        } catch (DroolsParserException e) {
            return List.of();
        }
    }
}
