package org.assessor.assessment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.assessor.fact.Assessment;
import org.assessor.fact.Result;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Rates assessments with a compiled methodology: in batches, one session per batch, batches in parallel
 * on every core. Assessments are read as they are rated and ratings handed on in input order as they are
 * done, with a bounded number of batches in flight, so memory stays flat however many there are.
 */
public final class Assessor {
    /**
     * Assessments per session: large enough to spread a session's set-up, small enough to keep its network
     * small. JMH (SessionStrategyBenchmark, docs/performance.md): 100-500 cost least CPU a rating; 1 costs
     * 1.6-6 times more, 2,000 two to four times more.
     */
    public static final int DEFAULT_BATCH = 100;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "assessor-rating");
        thread.setDaemon(true);
        // a worker dies only of the heap running out between tasks; the batch's future or the rating guard
        // reports it, and the default handler's printing would need memory there is none of
        thread.setUncaughtExceptionHandler((dead, e) -> { });
        return thread;
    });

    private final boolean explain;
    private final int batch;

    /** An assessor that records every rating's steps. */
    public Assessor() {
        this(true);
    }

    /** @param explain whether to record each rating's steps; without them a rating has its results only */
    public Assessor(boolean explain) {
        this(explain, DEFAULT_BATCH);
    }

    /** @param batch assessments per session (those that must share a session are never split) */
    public Assessor(boolean explain, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batch);
        }
        this.explain = explain;
        this.batch = batch;
    }

    public List<Rating> rate(RuleBase rules, List<AssessmentInputs> assessments) {
        List<Rating> ratings = new ArrayList<>(assessments.size());
        rate(rules, assessments.iterator(), ratings::add);
        return ratings;
    }

    /**
     * Rates every assessment, handing each rating to the sink in input order. A problem reading the
     * assessments (thrown by the iterator) stops the rating and is thrown on.
     */
    public void rate(RuleBase rules, Iterator<AssessmentInputs> assessments, Consumer<Rating> sink) {
        rate(rules, assessments, rating -> rating, sink);
    }

    /**
     * Rates every assessment, turns each rating into what the sink takes on the thread that rated it (so
     * that work such as serialising an explanation runs on every core), and hands those on in input order.
     */
    public <T> void rate(RuleBase rules, Iterator<AssessmentInputs> assessments, Function<Rating, T> finish, Consumer<T> sink) {
        var sessions = rules.methodology().config().sessions();
        List<String> groupBy = sessions == null || sessions.groupBy() == null ? List.of() : sessions.groupBy();
        if (groupBy.isEmpty()) {
            inParallel(rules, Batches.consecutive(assessments, batch), finish, (batch, done) -> done.forEach(sink));
            return;
        }
        List<AssessmentInputs> all = new ArrayList<>();
        assessments.forEachRemaining(all::add);
        Map<Assessment, T> byAssessment = new IdentityHashMap<>();
        inParallel(rules, Batches.grouped(all, groupBy, batch).iterator(), finish, (batch, done) -> {
            for (int i = 0; i < batch.size(); i++) {
                byAssessment.put(batch.get(i).assessment(), done.get(i));
            }
        });
        all.forEach(s -> sink.accept(byAssessment.get(s.assessment())));
    }

    /** Rates batches on the pool, a few ahead of the one being handed on; hands them on in batch order. */
    private <T> void inParallel(RuleBase rules, Iterator<List<AssessmentInputs>> batches, Function<Rating, T> finish,
                                BiConsumer<List<AssessmentInputs>, List<T>> sink) {
        Deque<Batch<T>> pending = new ArrayDeque<>();
        try {
            while (batches.hasNext()) {
                List<AssessmentInputs> next = batches.next();
                pending.add(new Batch<>(next, POOL.submit(() -> finished(rateBatch(rules, next), finish))));
                while (pending.size() > 2 * THREADS || !pending.isEmpty() && pending.peek().future().isDone()) {
                    Batch<T> batch = pending.poll();
                    sink.accept(batch.assessments(), done(batch.future(), rules));
                }
            }
            while (!pending.isEmpty()) {
                Batch<T> batch = pending.poll();
                sink.accept(batch.assessments(), done(batch.future(), rules));
            }
        } finally {
            pending.forEach(batch -> batch.future().cancel(true));
        }
    }

    private record Batch<T>(List<AssessmentInputs> assessments, Future<List<T>> future) {
    }

    private static <T> List<T> finished(List<Rating> ratings, Function<Rating, T> finish) {
        List<T> done = new ArrayList<>(ratings.size());
        ratings.forEach(rating -> done.add(finish.apply(rating)));
        return done;
    }

    private static <T> List<T> done(Future<List<T>> future, RuleBase rules) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                // out of memory again while the batch's error was being reported: the batch is the cause
                String id = rules.methodology().id();
                throw ruleProblem(id, id + ": the rules ran out of memory; nothing was rated");
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<Rating> rateBatch(RuleBase rules, List<AssessmentInputs> assessments) {
        KieSession session = rules.kieBase().newKieSession();
        var methodology = rules.methodology();
        FiringFacts facts = new FiringFacts();
        RatingGuard guard = new RatingGuard(methodology.id(), methodology.config().limits(), session, assessments.size(), facts);
        DerivedFacts derived = new DerivedFacts(methodology.id(), facts);
        try {
            // the facts first: listeners told of each insertion (4% of a rating's CPU) would learn only that the
            // methodology's own facts were inserted by no rule
            rules.methodology().params().forEach(session::insert);
            for (AssessmentInputs one : assessments) {
                session.insert(one.assessment());
                one.inputs().forEach(session::insert);
            }
            StepRecorder recorder = explain ? new StepRecorder(rules.order()::of, facts) : null;
            SessionListener listener = new SessionListener(guard, derived, recorder);
            session.addEventListener((AgendaEventListener) listener);
            session.addEventListener((RuleRuntimeEventListener) listener);
            fire(guard, methodology.id());
            Map<Assessment, Map<String, Object>> results = new IdentityHashMap<>();
            Map<Assessment, Set<String>> twice = new IdentityHashMap<>();
            // a class filter reads the results alone; any other filter is shown every fact of the session
            for (Object fact : session.getObjects(new ClassObjectFilter(Result.class))) {
                Result result = (Result) fact;
                requireKept(derived, result, methodology.id());
                Map<String, Object> own = results.computeIfAbsent(result.getAssessment(), a -> new TreeMap<>());
                if (own.containsKey(result.getName())) {
                    twice.computeIfAbsent(result.getAssessment(), a -> new TreeSet<>()).add(result.getName());
                }
                own.put(result.getName(), result.getValue());
            }
            List<Rating> ratings = new ArrayList<>(assessments.size());
            for (AssessmentInputs one : assessments) {
                Assessment assessment = one.assessment();
                if (twice.containsKey(assessment)) {
                    throw twice(rules, assessment, twice.get(assessment));
                }
                Map<String, Object> own = results.getOrDefault(assessment, Map.of());
                if (!own.containsKey(Rating.RATING)) {
                    throw noRating(rules, assessment, own);
                }
                ratings.add(new Rating(assessment, own, recorder == null ? List.of() : recorder.stepsOf(assessment)));
            }
            return ratings;
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires within the guard's bounds. What goes wrong while rules run is a fault of the methodology's rules,
     * reported as a problem with the rule and assessment; never a Java trace, never a rating.
     */
    private static void fire(RatingGuard guard, String id) {
        try {
            guard.fire();
        } catch (RatingGuard.BudgetExceeded | DerivedFacts.Refused e) {
            throw ruleProblem(id, e.getMessage());
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw ruleProblem(id, cause instanceof DerivedFacts.Refused ? cause.getMessage()
                    : id + ": rule \"" + e.getMatch().getRule().getName() + "\" failed" + forAssessment(guard) + ": " + cause);
        } catch (RuntimeException e) {
            throw ruleProblem(id, id + ": the rules failed" + (guard.where().isEmpty() ? "" : " after " + guard.where()) + ": " + e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw ruleProblem(id, id + ": the rules ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + (guard.where().isEmpty() ? "" : " in " + guard.where()) + "; nothing was rated");
        }
    }

    private static void requireKept(DerivedFacts derived, Result result, String id) {
        try {
            derived.requireKept(result);
        } catch (DerivedFacts.Refused e) {
            throw ruleProblem(id, e.getMessage());
        }
    }

    private static String forAssessment(RatingGuard guard) {
        String where = guard.where();
        int at = where.indexOf(" for ");
        return at < 0 ? "" : where.substring(at);
    }

    private static ProblemException ruleProblem(String id, String message) {
        return new ProblemException(Problem.error("rules/" + id, 0, 0, null, message));
    }

    /** Two results of one name for a trust: which would be its value is the engine's choice, so neither is given. */
    private static ProblemException twice(RuleBase rules, Assessment assessment, Set<String> names) {
        String id = rules.methodology().id();
        return new ProblemException(Problem.error("rules/" + id, 0, 0, assessment + ", input line " + assessment.getLine(),
                "the rules of " + id + " gave " + assessment + " more than one result named " + String.join(", ", names)
                        + "; a result has one value (a rule that replaces one modifies it)"));
    }

    private static ProblemException noRating(RuleBase rules, Assessment assessment, Map<String, Object> results) {
        String id = rules.methodology().id();
        return new ProblemException(Problem.error("rules/" + id, 0, 0, assessment + ", input line " + assessment.getLine(),
                "no rule of " + id + " gave a rating; results so far: " + results));
    }
}
