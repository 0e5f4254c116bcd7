package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of a methodology's DRL files as the project parses them, for placing compile problems
 * Drools reports without a line: the line of a rule that quotes an expression or uses a name the
 * message complains about.
 */
final class DrlRules {
    /** The name a compile message complains about: an unresolved name, a missing method, a variable, a call. */
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("^(\\$?\\w+) cannot be resolved"),
            Pattern.compile("Method (\\w+) on class"),
            Pattern.compile("(\\$\\w+)"),
            Pattern.compile("(\\w+)\\("));
    private static final int SHORTEST_SNIPPET = 4;

    private DrlRules() {
    }

    /** One rule and its file; lines and columns are 1-based. */
    record Rule(RuleFile file, RuleDescr descr) {
        String name() {
            return descr.getName();
        }

        String consequence() {
            return descr.getConsequence() == null ? "" : descr.getConsequence().toString();
        }

        /** The place of {@code text} in the rule's conditions (or consequence), or null. */
        int[] find(String text, boolean inConsequence) {
            return search(Pattern.compile(Pattern.quote(text)), inConsequence);
        }

        /** The place of the name the message complains about, as a whole word, or null. */
        int[] findCulprit(String message, boolean inConsequence) {
            for (Pattern culprit : CULPRITS) {
                Matcher matcher = culprit.matcher(message);
                if (matcher.find()) {
                    int[] at = search(Pattern.compile("(?<![\\w$])" + Pattern.quote(matcher.group(1)) + "(?!\\w)"), inConsequence);
                    if (at != null) {
                        return at;
                    }
                }
            }
            return null;
        }

        /**
         * The first place in the rule (conditions, then consequence) of one of the {@code |}-separated words, or
         * null. A word is matched whole; anything else (an operator such as {@code ->}) as written.
         */
        int[] findWord(String words) {
            for (String word : words.split("\\|")) {
                String quoted = Pattern.quote(word);
                Pattern pattern = Pattern.compile(word.matches("[\\w$]+") ? "(?<![\\w$])" + quoted + "(?![\\w$])" : quoted);
                int[] at = search(pattern, false);
                at = at != null ? at : search(pattern, true);
                if (at != null) {
                    return at;
                }
            }
            return null;
        }

        private int[] search(Pattern pattern, boolean inConsequence) {
            String[] lines = file.text().split("\n", -1);
            int then = Math.max(descr.getConsequenceLine(), descr.getLine());
            int when = descr.getLhs() != null && descr.getLhs().getLine() > descr.getLine() ? descr.getLhs().getLine() : descr.getLine() + 1;
            int from = inConsequence ? then : when;
            int to = Math.min(inConsequence ? Math.max(descr.getEndLine(), then) : then, lines.length);
            for (int line = from; line <= to; line++) {
                Matcher matcher = pattern.matcher(lines[line - 1]);
                if (matcher.find()) {
                    return new int[] {line, matcher.start() + 1};
                }
            }
            return null;
        }

        /** The problem at this rule: at the place given, else at the rule's first line. */
        Problem problem(Problem problem, int[] place) {
            return new Problem(file.path().toString(), place == null ? descr.getLine() : place[0], place == null ? 0 : place[1],
                    "rule \"" + name() + "\"", problem.message(), problem.warning());
        }
    }

    static List<Rule> of(List<RuleFile> files) {
        List<Rule> rules = new ArrayList<>();
        for (RuleFile file : files) {
            try {
                PackageDescr drl = new DrlParser().parse(false, file.text());
                if (drl != null) {
                    drl.getRules().forEach(rule -> rules.add(new Rule(file, rule)));
                }
            } catch (DroolsParserException e) {
                // a file that does not parse has its syntax errors reported instead
            }
        }
        return rules;
    }

    /** The rule of that name in the file a Drools resource path names, or null. */
    static Rule named(List<Rule> rules, String name, String resource) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        return rules.stream().filter(r -> r.name().equals(name) && r.file().fileName().equals(fileName)).findFirst().orElse(null);
    }

    /**
     * A compile problem that has no line yet: placed where a rule holds a part of the message
     * (Drools quotes expressions between colons), or the name it complains about; else left as it is.
     */
    static Problem place(Problem problem, List<Rule> rules) {
        if (problem.line() > 0 || problem.file() == null || problem.file().endsWith(".java")) {
            return problem;
        }
        // a problem of the whole rules folder (the generator threw) may be in any of its files
        List<Rule> own = problem.file().endsWith(".drl")
                ? rules.stream().filter(r -> r.file().path().toString().equals(problem.file())).toList() : rules;
        for (String part : problem.message().split(":")) {
            String snippet = part.strip();
            if (snippet.length() >= SHORTEST_SNIPPET) {
                for (Rule rule : own) {
                    int[] at = rule.find(snippet, false);
                    if (at != null) {
                        return rule.problem(problem, at);
                    }
                }
            }
        }
        for (Rule rule : own) {
            int[] at = rule.findCulprit(problem.message(), false);
            if (at != null) {
                return rule.problem(problem, at);
            }
        }
        return problem;
    }
}
