package org.assessor.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;

/**
 * What differs between two explanations of the same assessment: the steps whose rule fired on one side
 * only, the parameters (read by a step on either side) whose values differ between the two
 * methodologies, and the results whose values differ.
 */
record StepDiff(List<Step> onlyA, List<Step> onlyB, List<Change> parameters, List<Change> results) {

    /** A named value on each side; {@link #NONE} where a side has no such value. */
    public record Change(String name, String a, String b) {
        @Override
        public String toString() {
            return name + " " + a + " -> " + b;
        }
    }

    public static final String NONE = "(none)";

    public static StepDiff of(Rating a, Methodology ma, Rating b, Methodology mb) {
        List<Step> stepsA = a == null ? List.of() : a.steps();
        List<Step> stepsB = b == null ? List.of() : b.steps();
        return new StepDiff(only(stepsA, stepsB), only(stepsB, stepsA), parameters(stepsA, ma, stepsB, mb),
                results(a == null ? Map.of() : a.results(), b == null ? Map.of() : b.results()));
    }

    /** The first step of each rule that fired in {@code these} and never in {@code others}. */
    private static List<Step> only(List<Step> these, List<Step> others) {
        Set<String> fired = new LinkedHashSet<>();
        others.forEach(step -> fired.add(step.rule()));
        Set<String> listed = new LinkedHashSet<>();
        return these.stream().filter(step -> !fired.contains(step.rule()) && listed.add(step.rule())).toList();
    }

    private static List<Change> parameters(List<Step> stepsA, Methodology ma, List<Step> stepsB, Methodology mb) {
        Set<String> names = new TreeSet<>();
        stepsA.forEach(step -> step.params().forEach(p -> names.add(p.name())));
        stepsB.forEach(step -> step.params().forEach(p -> names.add(p.name())));
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String a = ma.param(name).map(StepDiff::value).orElse(NONE);
            String b = mb.param(name).map(StepDiff::value).orElse(NONE);
            if (!a.equals(b)) {
                changes.add(new Change(name, a, b));
            }
        }
        return changes;
    }

    private static List<Change> results(Map<String, Object> a, Map<String, Object> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String va = a.containsKey(name) ? Numbers.text(a.get(name)) : NONE;
            String vb = b.containsKey(name) ? Numbers.text(b.get(name)) : NONE;
            if (!Objects.equals(va, vb)) {
                changes.add(new Change(name, va, vb));
            }
        }
        return changes;
    }

    /** A parameter's value as text: a number, a text, or a band "min–max" with an open end left blank. */
    static String value(Param param) {
        if (param.isBand()) {
            return (param.min() == null ? "" : Numbers.format(param.min())) + "–"
                    + (param.max() == null ? "" : Numbers.format(param.max()));
        }
        return param.value() == null ? NONE : Numbers.text(param.value());
    }

    public boolean isEmpty() {
        return onlyA.isEmpty() && onlyB.isEmpty() && parameters.isEmpty() && results.isEmpty();
    }

    /**
     * The differing steps as short items: "only A: rule", "only B: rule", "parameter name: a → b".
     * Results are left out: they are what the steps produced.
     */
    public List<String> items() {
        List<String> items = new ArrayList<>();
        onlyA.forEach(step -> items.add("only A: " + step.rule()));
        onlyB.forEach(step -> items.add("only B: " + step.rule()));
        parameters.forEach(change -> items.add("parameter " + change));
        return items;
    }
}
