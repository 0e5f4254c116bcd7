package org.assessor.assessment;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.assessor.fact.Assessment;
import org.assessor.methodology.MethodologyConfig.Limits;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds one session's ratings: a batch may fire at most {@code firings_per_rating} rules per assessment, run
 * {@code seconds_per_batch} and allocate {@code megabytes_per_batch}; past any of them the session is halted
 * after the current firing and the batch fails with an error naming the rule and the assessment. What rules may
 * do to facts is {@link DerivedFacts}'.
 */
public final class RatingGuard extends DefaultAgendaEventListener {
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "assessor-rating-alarm");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, e) -> { }); // watch() catches what it can report
        return thread;
    });
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    private static final Logger LOG = LoggerFactory.getLogger(RatingGuard.class);
    private static final long WATCH_MILLIS = 200;
    /** How long a batch halted for its time may go on before it counts as stuck: the limit itself, at most this. */
    private static final int STUCK_SECONDS = 10;
    /** A batch halted for its memory is stuck sooner: what it allocates meanwhile may exhaust the heap. */
    private static final long STUCK_MEMORY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /**
     * No batch may allocate more than this share of the heap, whatever its limit says: with every core
     * rating, batches that each stay under it leave the rest of the program room to report the error.
     */
    private static final long HEAP_SHARE = Runtime.getRuntime().maxMemory() / (Runtime.getRuntime().availableProcessors() + 1);
    /**
     * Memory set aside for reporting a batch that exhausted the heap: the watchdog frees it before it builds
     * its message (once: after that the run ends, or in the server, the error has been logged).
     */
    private static volatile byte[] reserve = new byte[4 << 20];
    private static volatile Consumer<String> whenStuck = LOG::error;
    /** Batches halted and still running, and when the first of them counts as stuck: for {@link #stuckSince}. */
    private static final AtomicInteger HALTED_RUNNING = new AtomicInteger();
    private static volatile long earliestStuck;
    private static volatile byte[] stuckLine = new byte[0];

    private final String methodology;
    private final KieSession session;
    private final int assessments;
    private final int firingsPerRating;
    private final long maxFirings;
    private final int seconds;
    private final long maxBytes;
    private final long allocatedAtStart;
    private long firings;
    private final FiringFacts facts;
    private volatile String rule;
    /** The firing under way: its assessment is looked up only for an error's report (reading its facts costs). */
    private Match match;
    private volatile String exceeded;
    /** When a halted batch still running counts as stuck (System.nanoTime); 0 until halted. */
    private volatile long stuckAt;
    private volatile boolean reportedStuck;
    private boolean finished;
    /** Built while memory is plentiful, as the watchdog may need them when it is not. */
    private final String timeLimit;
    private final String memoryLimit;
    private final byte[] ownStuckLine;

    RatingGuard(String methodology, Limits configured, KieSession session, int assessments, FiringFacts facts) {
        this.facts = facts;
        Limits limits = configured == null ? Limits.DEFAULTS : configured.orDefaults();
        this.methodology = methodology;
        this.session = session;
        this.assessments = assessments;
        this.firingsPerRating = limits.firingsPerRating();
        this.maxFirings = (long) firingsPerRating * assessments;
        this.seconds = limits.secondsPerBatch();
        this.maxBytes = Math.min((long) limits.megabytesPerBatch() << 20, HEAP_SHARE);
        this.allocatedAtStart = allocated(Thread.currentThread());
        this.timeLimit = seconds + " seconds (limits.seconds_per_batch)";
        this.memoryLimit = (maxBytes >> 20) + " MB of memory (limits.megabytes_per_batch"
                + (maxBytes == HEAP_SHARE ? ", lowered to a share of this process's heap" : "") + ")";
        this.ownStuckLine = ("error: " + methodology + ": the rules exceeded their limits and could not be stopped: nothing was rated"
                + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * When the first batch halted and still running counts as stuck ({@link System#nanoTime}), or 0 while none
     * is: for a process that must end even when the heap is too full to report it (the command line).
     */
    public static long stuckSince() {
        return HALTED_RUNNING.get() > 0 ? earliestStuck : 0;
    }

    /** The error line for that batch, encoded in advance: writing it needs no memory. */
    public static byte[] stuckLine() {
        return stuckLine;
    }

    /**
     * What to do with a batch still running long after it was halted (see {@link #watch}). By default the error
     * is logged (the server, whose other work goes on); the command line, whose run has failed, prints it and
     * exits.
     */
    public static void whenStuck(Consumer<String> action) {
        whenStuck = action;
    }

    /** Fires the session's rules within the bounds; throws BudgetExceeded when one was crossed. */
    void fire() {
        Thread rater = Thread.currentThread();
        long start = System.nanoTime();
        ScheduledFuture<?> watch = ALARMS.scheduleAtFixedRate(() -> watch(rater, start), WATCH_MILLIS, WATCH_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            session.fireAllRules();
        } finally {
            watch.cancel(false);
            finished();
        }
        if (exceeded != null) {
            Assessment assessment = assessment();
            throw new BudgetExceeded(methodology + ": the rules exceeded " + exceeded + (rule == null ? ""
                    : ", while rule \"" + rule + "\" was firing" + (assessment == null ? "" : " for " + assessment
                    + " (input line " + assessment.getLine() + ")")) + "; nothing was rated");
        }
    }

    /**
     * From another thread, between and during firings: the time limit, the memory the rating thread has
     * allocated, and a batch still running long after it was halted (the engine looks for a halt only
     * between firings, so a join that explodes inside one evaluation cannot be stopped from outside).
     */
    private void watch(Thread rater, long start) {
        try {
            long now = System.nanoTime();
            // once halted, nothing is built on each tick: the heap may be exhausted by then
            if (exceeded == null && now - start > TimeUnit.SECONDS.toNanos(seconds)) {
                stop(timeLimit, TimeUnit.SECONDS.toNanos(Math.min(seconds, STUCK_SECONDS)));
            } else if (exceeded == null && allocated(rater) - allocatedAtStart > maxBytes) {
                stop(memoryLimit, STUCK_MEMORY_NANOS);
            }
            if (stuckAt != 0 && now - stuckAt > 0 && !reportedStuck) {
                reportedStuck = true;
                whenStuck.accept(methodology + ": the rules exceeded " + exceeded + " and could not be stopped"
                        + (rule == null ? "" : "; the last rule to fire was \"" + rule + "\"") + ": nothing was rated");
            }
        } catch (OutOfMemoryError e) {
            // the heap ran out before the batch could be halted; a message built from constants needs least of it
            reserve = null;
            if (!reportedStuck) {
                reportedStuck = true;
                whenStuck.accept(methodology + ": the rules ran out of memory and could not be stopped: nothing was rated");
            }
        }
    }

    /** The rule firing now and its assessment, for an error raised inside a firing (on the rating thread). */
    String where() {
        Assessment assessment = assessment();
        return rule == null ? "" : "rule \"" + rule + "\"" + (assessment == null ? "" : " for " + assessment
                + " (input line " + assessment.getLine() + ")");
    }

    /** The assessment of the last firing's first fact that has one, or null when none has or it cannot be read. */
    private Assessment assessment() {
        try {
            for (Object fact : match == null ? new Object[0] : facts.of(match)) {
                Assessment assessment = RecordedSteps.assessmentOf(fact);
                if (assessment != null) {
                    return assessment;
                }
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            // the report then names the rule alone
        }
        return null;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        match = event.getMatch();
        rule = match.getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (++firings > maxFirings) {
            stop(maxFirings + " rule firings (limits.firings_per_rating, " + firingsPerRating + " for each of "
                    + assessments + " trusts rated together)", TimeUnit.SECONDS.toNanos(STUCK_SECONDS));
        } else if (allocated(Thread.currentThread()) - allocatedAtStart > maxBytes) {
            stop(memoryLimit, STUCK_MEMORY_NANOS);
        }
    }

    /** Halts the session; if it is still running {@code graceNanos} from now it is stuck. */
    private synchronized void stop(String what, long graceNanos) {
        if (exceeded == null) {
            exceeded = what;
            stuckAt = System.nanoTime() + graceNanos;
            if (!finished) {
                HALTED_RUNNING.incrementAndGet();
                if (earliestStuck == 0) {
                    stuckLine = ownStuckLine;
                    earliestStuck = stuckAt;
                }
            }
        }
        session.halt();
    }

    /** The batch returned: halted or not, it is no longer one that may be stuck. */
    private synchronized void finished() {
        finished = true;
        if (exceeded != null && HALTED_RUNNING.decrementAndGet() == 0) {
            earliestStuck = 0;
        }
    }


    private static long allocated(Thread thread) {
        return THREADS == null ? 0 : THREADS.getThreadAllocatedBytes(thread.getId());
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
}
