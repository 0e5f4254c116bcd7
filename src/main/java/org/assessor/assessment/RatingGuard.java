package org.assessor.assessment;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;
import org.assessor.methodology.MethodologyConfig.Limits;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds one session's ratings and keeps the facts the methodology owns out of the rules' reach. A batch
 * may fire at most {@code firings_per_rating} rules per subject, run {@code seconds_per_batch} and allocate
 * {@code megabytes_per_batch}; past any of them the session is halted after the current firing and the
 * batch fails with an error naming the rule and the subject. Inserting, modifying or deleting a parameter,
 * an input or a subject from a rule fails at once, in that rule.
 */
public final class RatingGuard extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "assessor-rating-alarm");
        thread.setDaemon(true);
        return thread;
    });
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    private static final Logger LOG = LoggerFactory.getLogger(RatingGuard.class);
    private static volatile Consumer<String> whenStuck = LOG::error;

    private final String methodology;
    private final KieSession session;
    private final int subjects;
    private final int firingsPerRating;
    private final long maxFirings;
    private final int seconds;
    private final long maxBytes;
    private final long allocatedAtStart;
    private long firings;
    private String rule;
    private Assessment subject;
    private volatile String exceeded;

    RatingGuard(String methodology, Limits configured, KieSession session, int subjects) {
        Limits limits = configured == null ? Limits.DEFAULTS : configured.orDefaults();
        this.methodology = methodology;
        this.session = session;
        this.subjects = subjects;
        this.firingsPerRating = limits.firingsPerRating();
        this.maxFirings = (long) firingsPerRating * subjects;
        this.seconds = limits.secondsPerBatch();
        this.maxBytes = (long) limits.megabytesPerBatch() << 20;
        this.allocatedAtStart = allocated();
    }

    /**
     * What to do with a batch that is still running a whole time limit after it was halted: the engine checks
     * for a halt only between firings, so a join that explodes inside one evaluation cannot be stopped from
     * outside. By default the error is logged (the server, whose other work goes on); the command line,
     * whose run has failed, prints it and exits.
     */
    public static void whenStuck(Consumer<String> action) {
        whenStuck = action;
    }

    /** Fires the session's rules within the bounds; throws BudgetExceeded when one was crossed. */
    void fire() {
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> stop(seconds + " seconds (limits.seconds_per_batch)"),
                seconds, TimeUnit.SECONDS);
        ScheduledFuture<?> stuck = ALARMS.schedule(() -> whenStuck.accept(methodology + ": the rules did not stop within "
                + seconds + " seconds of their time limit (limits.seconds_per_batch " + seconds + ")"
                + (rule == null ? "" : "; the last rule to fire was \"" + rule + "\"") + ": nothing was rated"),
                2L * seconds, TimeUnit.SECONDS);
        try {
            session.fireAllRules();
        } finally {
            alarm.cancel(false);
            stuck.cancel(false);
        }
        if (exceeded != null) {
            throw new BudgetExceeded(methodology + ": the rules exceeded " + exceeded + (rule == null ? ""
                    : ", while rule \"" + rule + "\" was firing" + (subject == null ? "" : " for " + subject
                    + " (input line " + subject.getLine() + ")")) + "; nothing was rated");
        }
    }

    /** The rule firing now and its subject, for an error raised inside a firing. */
    String where() {
        return rule == null ? "" : "rule \"" + rule + "\"" + (subject == null ? "" : " for " + subject
                + " (input line " + subject.getLine() + ")");
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        rule = event.getMatch().getRule().getName();
        subject = null;
        for (Object fact : event.getMatch().getObjects()) {
            subject = subjectOf(fact);
            if (subject != null) {
                break;
            }
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (++firings > maxFirings) {
            stop(maxFirings + " rule firings (limits.firings_per_rating, " + firingsPerRating + " for each of "
                    + subjects + " subjects)");
        } else if (allocated() - allocatedAtStart > maxBytes) {
            stop((maxBytes >> 20) + " MB of memory (limits.megabytes_per_batch)");
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        refuseOwned(event.getRule(), event.getObject(), "inserted");
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        refuseOwned(event.getRule(), event.getObject(), "modified");
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        refuseOwned(event.getRule(), event.getOldObject(), "deleted");
    }

    private void refuseOwned(org.kie.api.definition.rule.Rule by, Object fact, String what) {
        if (by != null && (fact instanceof Param || fact instanceof Input || fact instanceof Assessment)) {
            throw new OwnedFactChanged(methodology + ": rule \"" + by.getName() + "\" " + what + " " + describe(fact)
                    + ": parameters, inputs and subjects belong to the methodology and its input, and rules may not change them");
        }
    }

    private void stop(String what) {
        if (exceeded == null) {
            exceeded = what;
        }
        session.halt();
    }

    private static String describe(Object fact) {
        if (fact instanceof Param param) {
            return "the parameter " + param.name();
        }
        if (fact instanceof Input input) {
            return "the input " + input.name() + " of " + input.assessment();
        }
        return "the subject " + fact;
    }

    private static Assessment subjectOf(Object fact) {
        if (fact instanceof Assessment assessment) {
            return assessment;
        } else if (fact instanceof Input input) {
            return input.assessment();
        } else if (fact instanceof Result result) {
            return result.getAssessment();
        } else if (fact instanceof Score score) {
            return score.assessment();
        }
        return null;
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }

    /** A batch crossed one of its limits. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(String message) {
            super(message);
        }
    }

    /** A rule tried to change a fact the methodology owns. */
    static final class OwnedFactChanged extends RuntimeException {
        OwnedFactChanged(String message) {
            super(message);
        }
    }
}
