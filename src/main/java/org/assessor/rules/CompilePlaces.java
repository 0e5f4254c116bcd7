package org.assessor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;

/**
 * Places compile problems that Drools reports without a DRL line. A problem in a DRL file is placed by
 * {@link DrlRules#place}. The executable model reports some errors in the Java it generated
 * ({@code src/main/java/.../Lambda….java}, {@code Rules…RuleMethods0.java}). Drools prints the generated
 * source with the error, and that source tells the rule: a constraint's lambda names its rules and
 * quotes the constraint; a rule method follows a {@code Rule name:} comment; a consequence's lambda has
 * the consequence's own words, so the rule whose consequence uses only words of that source, and the
 * most of them, is the one (rules with the same consequence share a lambda, so each is reported). The
 * generated source itself, printed as one more problem, is dropped.
 */
final class CompilePlaces {
    private static final String SOURCE = "Java source of ";
    /** A Java string literal; possessive, so a long one in the generated source cannot overflow the regex stack. */
    private static final String STRING = "\"((?:[^\"\\\\]++|\\\\.)*+)\"";
    private static final Pattern RULE_NAMES = Pattern.compile("addRuleNames\\(((?:\\s*" + STRING + "\\s*,?)+)\\)");
    private static final Pattern QUOTED = Pattern.compile(STRING);
    private static final Pattern CONSTRAINT = Pattern.compile("PredicateInformation\\(" + STRING);
    private static final Pattern RULE_METHOD = Pattern.compile("Rule name: (.*)");
    private static final Pattern WORD = Pattern.compile("\\$?[A-Za-z_]\\w*|" + STRING);
    private static final Set<String> ACTIONS = Set.of("drools", "insert", "insertLogical", "modify", "update", "delete", "retract");

    private CompilePlaces() {
    }

    static List<Problem> locate(List<Problem> problems, List<RuleFile> files) {
        // by the generated file: its source, printed by Drools as a problem of its own
        Map<String, String> sources = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (generated(problem) && problem.message().startsWith(SOURCE)) {
                String message = problem.message();
                sources.put(problem.file(), message.substring(message.indexOf('\n') + 1));
            }
        }
        List<DrlRules.Rule> rules = DrlRules.of(files);
        Set<Problem> located = new LinkedHashSet<>();
        for (Problem problem : problems) {
            if (!generated(problem)) {
                located.add(DrlRules.place(problem, rules));
            } else if (problem.message().startsWith(SOURCE)) {
                // only the context of the error reported with it; kept, shortened, when it is all there is
                if (problems.stream().noneMatch(p -> problem.file().equals(p.file()) && !p.message().startsWith(SOURCE))) {
                    located.add(new Problem(problem.file(), 0, 0, problem.at(), problem.message().lines().findFirst().orElse(""),
                            problem.warning()));
                }
            } else {
                List<Problem> placed = place(problem, sources.getOrDefault(problem.file(), ""), rules);
                if (placed.isEmpty()) {
                    located.add(problem);
                }
                located.addAll(placed);
            }
        }
        // a constraint's lambda and its rule's method fail on the same name: one problem per line is enough
        Set<String> seen = new java.util.HashSet<>();
        return located.stream().filter(p -> seen.add(p.file() + ":" + p.line() + ":" + p.message())).toList();
    }

    private static boolean generated(Problem problem) {
        return problem.file() != null && problem.file().endsWith(".java");
    }

    private static List<Problem> place(Problem problem, String source, List<DrlRules.Rule> rules) {
        Matcher names = RULE_NAMES.matcher(source);
        if (names.find()) {
            Matcher constraint = CONSTRAINT.matcher(source);
            String expression = constraint.find() ? unescape(constraint.group(1)) : null;
            Matcher quoted = QUOTED.matcher(names.group(1));
            List<String> strings = new ArrayList<>();
            while (quoted.find()) {
                strings.add(unescape(quoted.group(1)));
            }
            List<Problem> placed = new ArrayList<>();
            // the names come in pairs: rule name, then the DRL resource it is in
            for (int i = 0; i + 1 < strings.size(); i += 2) {
                DrlRules.Rule rule = DrlRules.named(rules, strings.get(i), strings.get(i + 1));
                if (rule != null) {
                    placed.add(rule.problem(problem, expression != null ? rule.find(expression, false) : rule.findCulprit(problem.message(), false)));
                }
            }
            return placed;
        }
        String ruleName = ruleMethod(source, problem.line());
        if (ruleName != null) {
            return rules.stream().filter(rule -> rule.name().equals(ruleName))
                    .map(rule -> rule.problem(problem, rule.findCulprit(problem.message(), false))).toList();
        }
        int body = source.indexOf(" execute(");
        if (body < 0) {
            return List.of();
        }
        return consequences(source.substring(body), rules).stream()
                .map(rule -> rule.problem(problem, rule.findCulprit(problem.message(), true))).toList();
    }

    /** The rule whose generated method holds the line: the last {@code Rule name:} comment before it. */
    private static String ruleMethod(String source, int line) {
        String name = null;
        List<String> lines = source.lines().toList();
        for (int i = 0; i < Math.min(line, lines.size()); i++) {
            Matcher matcher = RULE_METHOD.matcher(lines.get(i));
            if (matcher.find()) {
                name = matcher.group(1).strip();
            }
        }
        return name;
    }

    private static List<DrlRules.Rule> consequences(String body, List<DrlRules.Rule> rules) {
        Set<String> generated = words(body);
        List<DrlRules.Rule> best = new ArrayList<>();
        int most = 0;
        for (DrlRules.Rule rule : rules) {
            Set<String> own = words(rule.consequence());
            if (own.isEmpty() || !generated.containsAll(own) || own.size() < most) {
                continue;
            }
            if (own.size() > most) {
                best.clear();
                most = own.size();
            }
            best.add(rule);
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (!ACTIONS.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static String unescape(String text) {
        return text.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
