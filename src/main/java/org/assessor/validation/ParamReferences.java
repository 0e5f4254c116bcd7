package org.assessor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Which parameters the rules read, found in their {@code Param(name == "...")} and
 * {@code Param(group == "..." [+ $x] [, key == $y])} constraints: rules that read parameters that do
 * not exist, and parameters that no rule reads. Where the configuration fixes what {@code $x} or
 * {@code $y} can be (a sector, an input's value; see {@link RuleBindings}), the reference is to exactly
 * those groups and keys, so a sector without its parameters, or a parameter keyed by a sector or value
 * that does not exist, is found too.
 */
final class ParamReferences {
    /**
     * {@code name == "..."}, {@code group == "..."} (or {@code == ("..." + ...)}), or {@code group.startsWith("...")}
     * (always a prefix), maybe completed at run time ({@code + ...}, group 4) by a variable (group 5), maybe
     * followed by more (group 6: the completion is still a prefix).
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(name|group)(\\s*==\\s*\\(?|\\.startsWith\\()\\s*\"([^\"]*)\"\\s*(\\+\\s*(\\$\\w+(?![\\w.(]))?(\\s*\\+)?)?");
    private static final Pattern KEY = Pattern.compile("^\\s*key\\s*==\\s*(\\$\\w+|\"[^\"]*\")\\s*$");

    private ParamReferences() {
    }

    /**
     * A parameter reference in a rule: an exact name or group, or a prefix completed at run time; with
     * the keys it can match when they are known, and how it was completed, for the message.
     */
    private record Reference(RuleFile file, RuleDescr rule, int line, int column, String kind, String text,
                             boolean prefix, Set<String> keys, String completed) {
        boolean matches(Param param) {
            String target = kind.equals("name") ? param.name() : param.group();
            return (prefix ? target.startsWith(text) : target.equals(text)) && (keys == null || keys.contains(param.key()));
        }

        String describe() {
            return kind + " '" + text + (prefix ? "…" : "") + "'" + (completed == null ? "" : " (" + completed + ")")
                    + (keys == null ? "" : " with key " + (keys.size() == 1 ? keys.iterator().next() : "one of " + String.join(", ", keys)));
        }
    }

    static List<Problem> check(Methodology methodology, ConfigPlaces places) {
        List<Reference> references = new ArrayList<>();
        boolean allParsed = true;
        for (RuleFile file : methodology.ruleFiles()) {
            try {
                DrlParser parser = new DrlParser();
                PackageDescr drl = parser.parse(false, file.text());
                if (drl != null && !parser.hasErrors()) {
                    drl.getRules().forEach(rule -> collect(file, rule, methodology, references));
                    continue;
                }
            } catch (DroolsParserException e) {
                // the compiler reports syntax errors with their place
            }
            allParsed = false;
        }
        List<Problem> problems = new ArrayList<>();
        for (Reference reference : references) {
            if (methodology.params().stream().noneMatch(reference::matches)) {
                problems.add(Problem.error(reference.file().path().toString(), reference.line(), reference.column(),
                        "rule \"" + reference.rule().getName() + "\"",
                        "reads parameter " + reference.describe() + ", which the configuration does not define"));
            }
        }
        // while a rule file does not parse, what it reads is unknown: no parameter is called unread
        for (Param param : allParsed ? methodology.params() : List.<Param>of()) {
            if (references.stream().noneMatch(r -> r.matches(param))) {
                problems.add(places.error("parameters." + param.name(), "no rule reads this parameter"));
            }
        }
        return problems;
    }

    private static void collect(RuleFile file, RuleDescr rule, Methodology methodology, List<Reference> references) {
        Map<String, Set<String>> bindings = RuleBindings.of(rule, methodology);
        for (PatternDescr pattern : RuleBindings.patterns(rule.getLhs())) {
            if (RuleBindings.type(pattern).equals("Param")) {
                Set<String> keys = keys(pattern, bindings);
                for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        Matcher matcher = REFERENCE.matcher(expression.getExpression());
                        while (matcher.find()) {
                            // Drools counts columns from 0
                            int column = expression.getColumn() + 1 + matcher.start();
                            boolean startsWith = matcher.group(2).startsWith(".");
                            add(new Reference(file, rule, Math.max(expression.getLine(), rule.getLine()), column,
                                    matcher.group(1), matcher.group(3), matcher.group(4) != null || startsWith, keys, null),
                                    matcher.group(5), matcher.group(6) != null || startsWith, bindings, references);
                        }
                    }
                }
            }
        }
    }

    /** A prefix completed by a variable whose values are known is a reference to each completion. */
    private static void add(Reference reference, String completion, boolean stillPrefix, Map<String, Set<String>> bindings,
                            List<Reference> references) {
        Set<String> values = completion == null ? null : bindings.get(completion);
        if (!reference.prefix() || values == null) {
            references.add(reference);
            return;
        }
        for (String value : values) {
            references.add(new Reference(reference.file(), reference.rule(), reference.line(), reference.column(), reference.kind(),
                    reference.text() + value, stillPrefix, reference.keys(), completion + " = " + value));
        }
    }

    /** The keys a Param pattern can match: from {@code key == "x"} or a variable with known values; null if any. */
    private static Set<String> keys(PatternDescr pattern, Map<String, Set<String>> bindings) {
        for (String expression : RuleBindings.expressions(pattern)) {
            Matcher key = KEY.matcher(expression);
            if (key.matches()) {
                String operand = key.group(1);
                return operand.startsWith("\"") ? Set.of(operand.substring(1, operand.length() - 1)) : bindings.get(operand);
            }
        }
        return null;
    }
}
