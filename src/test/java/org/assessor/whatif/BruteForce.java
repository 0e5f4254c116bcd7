package org.assessor.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;

/**
 * Every change of an assessment's inputs to any other values of their domains, written plainly (a bit mask
 * over the inputs, a mixed-radix counter over the values) to check the searches against.
 */
final class BruteForce {
    /** One changed assessment: the inputs changed (name to new value) and its rating. */
    record Outcome(Map<String, String> changes, String rating) {
    }

    private final RuleBase rules;
    private final Methodology methodology;

    BruteForce(RuleBase rules) {
        this.rules = rules;
        this.methodology = rules.methodology();
    }

    /** Every change of exactly {@code size} inputs, rated. */
    List<Outcome> changes(AssessmentInputs assessment, int size) {
        List<Input> inputs = assessment.inputs();
        List<Map<String, String>> changes = new ArrayList<>();
        for (int mask = 1; mask < 1 << inputs.size(); mask++) {
            if (Integer.bitCount(mask) != size) {
                continue;
            }
            List<Input> chosen = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(inputs.get(i));
                }
            }
            List<List<String>> others = chosen.stream().map(this::others).toList();
            int[] digit = new int[chosen.size()];
            while (true) {
                Map<String, String> change = new java.util.HashMap<>();
                for (int c = 0; c < chosen.size(); c++) {
                    change.put(chosen.get(c).name(), others.get(c).get(digit[c]));
                }
                changes.add(change);
                int c = 0;
                while (c < digit.length && ++digit[c] == others.get(c).size()) {
                    digit[c++] = 0;
                }
                if (c == digit.length) {
                    break;
                }
            }
        }
        List<AssessmentInputs> candidates = changes.stream().map(change -> with(assessment, change)).toList();
        List<Rating> ratings = new Assessor().rate(rules, candidates);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            outcomes.add(new Outcome(changes.get(i), Numbers.text(ratings.get(i).value())));
        }
        return outcomes;
    }

    /** The other values of an input's domain. */
    List<String> others(Input input) {
        String domain = methodology.inputs().get(input.name()).domain();
        var values = methodology.config().domains().get(domain).values();
        // a change moves an input to a level, never to a status marked level: false
        return values.keySet().stream().filter(v -> !v.equals(input.value()) && (values.get(v) == null || values.get(v).isLevel())).toList();
    }

    static AssessmentInputs with(AssessmentInputs assessment, Map<String, String> change) {
        Assessment a = assessment.assessment();
        Assessment copy = new Assessment(a.getLine(), a.getOrganisation(), a.getSector(), a.getAttributes());
        return new AssessmentInputs(copy, assessment.inputs().stream()
                .map(i -> Input.of(copy, i.kind(), i.name(), change.getOrDefault(i.name(), i.value()))).toList());
    }
}
