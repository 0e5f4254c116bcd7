package org.assessor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Which parameters the rules read, found in their {@code Param(name == "...")} and
 * {@code Param(group == "..." [+ $x])} constraints: rules that read parameters that do not exist, and
 * parameters that no rule reads.
 */
final class ParamReferences {
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(name|group)\\s*==\\s*\"([^\"]*)\"\\s*(\\+)?");

    /** A parameter reference in a rule: an exact name, a group, or a group prefix completed at run time. */
    private record Reference(RuleFile file, RuleDescr rule, int line, String kind, String text, boolean prefix) {
        boolean matches(Param param) {
            String target = kind.equals("name") ? param.name() : param.group();
            return prefix ? target.startsWith(text) : target.equals(text);
        }
    }

    static List<Problem> check(Methodology methodology) {
        List<Reference> references = new ArrayList<>();
        for (RuleFile file : methodology.ruleFiles()) {
            try {
                PackageDescr drl = new DrlParser().parse(false, file.text());
                if (drl == null) {
                    continue; // a file that does not parse: the compiler reports where
                }
                drl.getRules().forEach(rule -> collect(file, rule, rule.getLhs(), references));
            } catch (DroolsParserException e) {
                // the compiler reports syntax errors with their place
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Reference reference : references) {
            if (methodology.params().stream().noneMatch(reference::matches)) {
                problems.add(Problem.error(reference.file().path().toString(), reference.line(), 0,
                        "rule \"" + reference.rule().getName() + "\"", "reads parameter " + reference.kind() + " '"
                                + reference.text() + (reference.prefix() ? "…" : "") + "', which the configuration does not define"));
            }
        }
        for (Param param : methodology.params()) {
            if (references.stream().noneMatch(r -> r.matches(param))) {
                problems.add(Problem.error("methodology-configs/" + methodology.id() + ".yaml", 0, 0,
                        "parameters." + param.name(), "no rule reads this parameter"));
            }
        }
        return problems;
    }

    private static void collect(RuleFile file, RuleDescr rule, BaseDescr descr, List<Reference> references) {
        if (descr instanceof PatternDescr pattern) {
            if ("Param".equals(pattern.getObjectType()) || pattern.getObjectType().endsWith(".Param")) {
                for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        Matcher matcher = REFERENCE.matcher(expression.getExpression());
                        if (matcher.find()) {
                            references.add(new Reference(file, rule, Math.max(pattern.getLine(), rule.getLine()),
                                    matcher.group(1), matcher.group(2), matcher.group(3) != null));
                        }
                    }
                }
            }
            if (pattern.getSource() != null) {
                collect(file, rule, pattern.getSource(), references);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect(file, rule, (BaseDescr) child, references));
        } else if (descr instanceof org.drools.drl.ast.descr.AccumulateDescr accumulate) {
            collect(file, rule, accumulate.getInput(), references);
        }
    }
}
