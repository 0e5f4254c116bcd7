package org.assessor.assessment;

import java.util.List;

import org.kie.api.definition.rule.Rule;

/**
 * One rule firing as the recorder keeps it: the rule, its bindings' names and values, and the facts it used
 * (those matched, then those in bound lists) as arrays, with each result's value as the rule saw it ({@code before}: null
 * for other facts, or null altogether when there are no results), and what it produced.
 * Nothing is sorted, grouped or put in a map until the explanation is read ({@link RecordedSteps}).
 */
record Firing(Rule rule, String[] names, Object[] values, Object[] matched, Object[] before, List<Outcome> outcomes) {
}
