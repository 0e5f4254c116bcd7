package org.assessor.assessment;

import org.kie.api.runtime.rule.Match;

/**
 * The facts of the firing under way, read from the engine at most once: the engine builds a new list on every
 * {@code getObjects()}, and the step recorder, the checks on derived facts and an error's report all need them.
 * Used on the rating thread only.
 */
final class FiringFacts {
    private Match match;
    private Object[] facts;

    Object[] of(Match current) {
        if (current != match) {
            facts = current.getObjects().toArray();
            match = current;
        }
        return facts;
    }
}
