package org.assessor.compare;

import java.util.ArrayList;
import java.util.List;

import org.assessor.assessment.Step;
import org.assessor.compare.Comparison.Pair;
import org.assessor.diff.DiffText;
import org.assessor.diff.MethodologyDiff;
import org.assessor.explanation.StepText;
import org.assessor.methodology.Labels;

/**
 * What differs, as sentences to read: in the explanation of one changed assessment (steps only under A or B,
 * parameters read with other values, results), and in the two methodologies themselves. What {@code report.md}
 * lists, and the web application's comparison page.
 */
public final class Differences {
    private Differences() {
    }

    /** "Only under A: … (rule: …)", "Parameter p: x under A, y under B", "Star rating: 3 → 2"; one line saying so when nothing differs. */
    public static List<String> of(Comparison comparison, Pair pair) {
        List<String> lines = new ArrayList<>();
        StepDiff diff = comparison.diff(pair);
        StepText textA = new StepText(comparison.a().methodology().labels());
        StepText textB = new StepText(comparison.b().methodology().labels());
        Labels labels = comparison.a().methodology().labels();
        for (Step step : diff.onlyA()) {
            lines.add("Only under A: " + textA.render(step) + " (rule: " + step.rule() + ")");
        }
        for (Step step : diff.onlyB()) {
            lines.add("Only under B: " + textB.render(step) + " (rule: " + step.rule() + ")");
        }
        diff.parameters().forEach(change -> lines.add("Parameter " + change.name() + ": " + change.a() + " under A, "
                + change.b() + " under B"));
        diff.results().forEach(change -> lines.add(capitalised(labels.of(change.name())) + ": " + change.a() + " → " + change.b()));
        if (diff.isEmpty()) {
            lines.add("The same rules fired with the same parameters.");
        }
        return lines;
    }

    /** What differs in the methodologies, in a sentence: "2 rules changed, …" or that nothing does. */
    public static String summary(MethodologyDiff diff) {
        return capitalised(diff.summary()) + ".";
    }

    /** The methodologies' differences line by line, as {@code diff} prints them without its heading; empty when none. */
    public static List<String> lines(MethodologyDiff diff) {
        return diff.isEmpty() ? List.of() : DiffText.lines(diff).stream().skip(DiffText.HEADER_LINES + 1).toList();
    }

    /** What differs between the two sides' methodologies, shown even when no rating changed (a rule no trust triggers). */
    public static MethodologyDiff methodologies(Comparison comparison) {
        return MethodologyDiff.of(comparison.a().methodology(), comparison.b().methodology());
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
