package org.assessor.assessment;

import java.util.List;

/**
 * One rule firing as the recorder keeps it: the rule, its bindings' values, and the facts it used
 * (those matched, then those in bound lists) as arrays, with each result's value as the rule saw it ({@code before}: null
 * for other facts, or null altogether when there are no results), and what it produced.
 * Nothing is sorted, grouped or put in a map until the explanation is read ({@link RecordedSteps}).
 */
record Firing(FiredRule rule, Object[] values, Object[] matched, Object[] before, List<Outcome> outcomes) {

    /**
     * What a step needs of its rule, read from the engine once per rule and session: its sentence, its place in the
     * methodology and its bindings' names (the same strings every time, so nothing is rebuilt or rehashed per step).
     */
    record FiredRule(RuleSentence sentence, int order, String[] names) {
    }
}
