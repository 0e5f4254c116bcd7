package org.assessor.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The values some of a rule's variables can take, from the configuration: {@code $s : sector} in an
 * {@code Assessment} ranges over the sectors, {@code $v : value} in an {@code Input} over the domain
 * values of the inputs the pattern matches (by {@code kind} or {@code name}), {@code $n : name} over their ids.
 */
final class RuleBindings {
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(\\w+)\\s*$");
    private static final Pattern FILTER = Pattern.compile("^\\s*(kind|name)\\s*==\\s*\"([^\"]*)\"\\s*$");

    private RuleBindings() {
    }

    /** Variable to the values it can take, for the variables whose values the configuration fixes. */
    static Map<String, Set<String>> of(RuleDescr rule, Methodology methodology) {
        Map<String, Set<String>> values = new java.util.HashMap<>();
        for (PatternDescr pattern : patterns(rule.getLhs())) {
            for (String expression : expressions(pattern)) {
                Matcher binding = BINDING.matcher(expression);
                if (binding.matches()) {
                    Set<String> range = range(type(pattern), binding.group(2), pattern, methodology);
                    if (range != null) {
                        values.put(binding.group(1), range);
                    }
                }
            }
        }
        return values;
    }

    private static Set<String> range(String type, String field, PatternDescr pattern, Methodology methodology) {
        if (type.equals("Assessment") && field.equals("sector")) {
            return new LinkedHashSet<>(methodology.sectors().keySet());
        }
        if (!type.equals("Input") || !(field.equals("value") || field.equals("name"))) {
            return null;
        }
        Set<String> range = new LinkedHashSet<>();
        boolean open = false;
        for (var entry : methodology.inputs().entrySet()) {
            if (matches(pattern, entry.getKey(), entry.getValue())) {
                var domain = methodology.config().domains().get(entry.getValue().domain());
                if (field.equals("name")) {
                    range.add(entry.getKey());
                } else if (domain.numeric()) {
                    open = true; // a number can be anything
                } else {
                    range.addAll(domain.values().keySet());
                }
            }
        }
        return open ? null : range;
    }

    private static boolean matches(PatternDescr pattern, String id, InputDefinition input) {
        for (String expression : expressions(pattern)) {
            Matcher filter = FILTER.matcher(expression);
            if (filter.matches() && !filter.group(2).equals(filter.group(1).equals("kind") ? input.kind() : id)) {
                return false;
            }
        }
        return true;
    }

    /** The simple name of the pattern's fact type. */
    static String type(PatternDescr pattern) {
        String type = pattern.getObjectType();
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    static List<String> expressions(PatternDescr pattern) {
        List<String> expressions = new ArrayList<>();
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                expressions.add(expression.getExpression());
            }
        }
        return expressions;
    }

    /** Every pattern of a rule's conditions, inside not, exists, forall, or, accumulate and collect too. */
    static List<PatternDescr> patterns(BaseDescr descr) {
        List<PatternDescr> patterns = new ArrayList<>();
        collect(descr, patterns);
        return patterns;
    }

    private static void collect(BaseDescr descr, List<PatternDescr> patterns) {
        if (descr instanceof PatternDescr pattern) {
            patterns.add(pattern);
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), patterns);
            }
        } else if (descr instanceof AccumulateDescr accumulate) {
            // before the general case: an accumulate is a conditional element too, whose own list holds only the
            // pattern of a single-pattern source, so the patterns of "A() and B()" would be missed
            collect(accumulate.getInput(), patterns);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect((BaseDescr) child, patterns));
        } else if (descr instanceof CollectDescr collect) {
            collect(collect.getInputPattern(), patterns);
        }
    }
}
