package org.assessor.assessment;

import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * What rules may do to the facts of a session. Parameters, inputs and assessments belong to the methodology
 * and its input: inserting, modifying or deleting one from a rule fails at once, in that rule. What rules
 * derive is written to files and pages after the rating, beyond the reach of its limits, so a result's
 * value must be a number, a yes/no or a text of at most {@link #LONGEST_TEXT} characters, and the names and
 * texts of results and scores at most {@link #LONGEST_NAME}: checked when a rule inserts or modifies one,
 * after every firing for the results it matched, and once more when the rating is done.
 */
final class DerivedFacts extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    /** Ten times the longest text any shipped methodology derives (a list of KLOE ids). */
    static final int LONGEST_TEXT = 10_000;
    static final int LONGEST_NAME = 200;

    private final String methodology;
    private final FiringFacts facts;

    DerivedFacts(String methodology, FiringFacts facts) {
        this.methodology = methodology;
        this.facts = facts;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        check(event.getRule(), event.getObject(), "inserted");
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        check(event.getRule(), event.getObject(), "modified");
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        check(event.getRule(), event.getOldObject(), "deleted");
    }

    private void check(Rule by, Object fact, String what) {
        if (by == null) {
            return; // the engine's own insertions: parameters, assessments and inputs before rating
        }
        if (fact instanceof Param || fact instanceof Input || fact instanceof Assessment) {
            throw refused(by, what + " " + describe(fact) + ": parameters, inputs and the trusts being rated belong to the methodology"
                    + " and its input, and rules may not change them");
        }
        if (fact instanceof Result result && !what.equals("deleted")) {
            name(by, "result", result.getName(), result.getAssessment());
            String wrong = wrongValue(result.getValue());
            if (wrong != null) {
                throw refused(by, "gave result " + result.getName() + " of " + result.getAssessment() + " " + wrong);
            }
        } else if (fact instanceof Score score && !what.equals("deleted")) {
            name(by, "score kind", score.kind(), score.assessment());
            name(by, "score item", score.item(), score.assessment());
            name(by, "score status", score.status(), score.assessment());
        }
    }

    /** A rule may also change a result's value with its setter and no modify, which the engine never sees. */
    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        for (Object fact : facts.of(event.getMatch())) {
            if (fact instanceof Result result && wrongValue(result.getValue()) != null) {
                throw refused(event.getMatch().getRule(), "gave result " + result.getName() + " of " + result.getAssessment()
                        + " " + wrongValue(result.getValue()));
            }
        }
    }

    /** Why a result may not keep this value, or null when it may. */
    private static String wrongValue(Object value) {
        if (value instanceof String text && text.length() > LONGEST_TEXT) {
            return "a text of " + text.length() + " characters: at most " + LONGEST_TEXT + " are allowed";
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return null;
        }
        return "a value of type " + value.getClass().getSimpleName() + ": a result is a number, a yes/no or a text";
    }

    /**
     * A result as it is about to be written: rules may also change a value with its setter and no modify, which
     * the engine never sees, so what is kept is checked once more after the rating.
     */
    void requireKept(Result result) {
        String wrong = wrongValue(result.getValue());
        if (wrong != null) {
            throw new Refused(methodology + ": result " + result.getName() + " of " + result.getAssessment() + " has " + wrong);
        }
    }

    private void name(Rule by, String what, String text, Assessment assessment) {
        if (text != null && text.length() > LONGEST_NAME) {
            throw refused(by, "gave a " + what + " of " + text.length() + " characters for " + assessment + ": at most "
                    + LONGEST_NAME + " are allowed");
        }
    }

    private Refused refused(Rule by, String message) {
        return new Refused(methodology + ": rule \"" + by.getName() + "\" " + message);
    }

    private static String describe(Object fact) {
        if (fact instanceof Param param) {
            return "the parameter " + param.name();
        }
        if (fact instanceof Input input) {
            return "the input " + input.name() + " of " + input.assessment();
        }
        return "the trust being rated " + fact;
    }

    /** A rule tried to change a fact it may not, or to derive one that may not be kept. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
