package org.assessor.assessment;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The one listener a rating session has: it hands each firing and each change of a fact to the guard, the checks
 * on derived facts and the step recorder (when explanations are recorded), in that order. The engine dispatches
 * every event to each listener it holds, through a call site that then sees several classes: with the three
 * registered apart, a rating took 8-13% more CPU (docs/performance.md).
 */
final class SessionListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RatingGuard guard;
    private final DerivedFacts derived;
    private final StepRecorder recorder;

    /** @param recorder null when no steps are recorded */
    SessionListener(RatingGuard guard, DerivedFacts derived, StepRecorder recorder) {
        this.guard = guard;
        this.derived = derived;
        this.recorder = recorder;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        guard.beforeMatchFired(event);
        if (recorder != null) {
            recorder.beforeMatchFired(event);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        guard.afterMatchFired(event);
        derived.afterMatchFired(event);
        if (recorder != null) {
            recorder.afterMatchFired(event);
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        derived.objectInserted(event);
        if (recorder != null) {
            recorder.objectInserted(event);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        derived.objectUpdated(event);
        if (recorder != null) {
            recorder.objectUpdated(event);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        derived.objectDeleted(event);
    }
}
