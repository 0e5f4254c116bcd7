package org.assessor.assessment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.explanation.StepRecorder;
import org.assessor.fact.Assessment;
import org.assessor.fact.Result;
import org.assessor.rules.RuleBase;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.kie.api.runtime.KieSession;

/**
 * Rates subjects with a compiled methodology. Subjects are rated in batches, one session per batch,
 * batches in parallel; the ratings come back in input order.
 */
public final class Assessor {
    /** Subjects per session (a larger group stays whole) unless another size is given. */
    public static final int DEFAULT_BATCH = 500;

    private final boolean explain;
    private final int batchSize;

    /** An assessor that records every rating's steps. */
    public Assessor() {
        this(true);
    }

    /** @param explain whether to record each rating's steps; without them a rating has its results only */
    public Assessor(boolean explain) {
        this(explain, DEFAULT_BATCH);
    }

    /**
     * @param batch subjects per session, at least 1; the benchmarks ({@code src/bench}) use it to choose the
     *              session strategy by measurement, everything else uses {@link #DEFAULT_BATCH}
     */
    public Assessor(boolean explain, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batch);
        }
        this.explain = explain;
        this.batchSize = batch;
    }

    public List<Rating> rate(RuleBase rules, List<Subject> subjects) {
        var sessions = rules.methodology().config().sessions();
        List<String> groupBy = sessions == null || sessions.groupBy() == null ? List.of() : sessions.groupBy();
        Map<Assessment, Rating> byAssessment = new IdentityHashMap<>();
        batches(subjects, groupBy, batchSize).parallelStream().map(batch -> rateBatch(rules, batch)).toList()
                .forEach(ratings -> ratings.forEach(r -> byAssessment.put(r.assessment(), r)));
        return subjects.stream().map(s -> byAssessment.get(s.assessment())).toList();
    }

    /**
     * Subjects with the same group key share one session, whole: rules may compare them (ranks,
     * quartiles). Groups are packed together up to the batch size; a large group stays whole. Without
     * {@code group_by} every subject is a group of its own.
     */
    private static List<List<Subject>> batches(List<Subject> subjects, List<String> groupBy, int batch) {
        Map<Object, List<Subject>> groups = new java.util.LinkedHashMap<>();
        for (Subject subject : subjects) {
            Object key = groupBy.isEmpty() ? subject.assessment() : groupKey(subject.assessment(), groupBy);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(subject);
        }
        List<List<Subject>> batches = new ArrayList<>();
        List<Subject> current = new ArrayList<>();
        for (List<Subject> group : groups.values()) {
            if (!current.isEmpty() && current.size() + group.size() > batch) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.addAll(group);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** The values that put a subject in its session group: {@code sector}, {@code period} or an attribute. */
    static List<String> groupKey(Assessment assessment, List<String> groupBy) {
        List<String> key = new ArrayList<>(groupBy.size());
        for (String name : groupBy) {
            key.add(switch (name) {
                case "sector" -> assessment.getSector();
                case "period" -> String.valueOf(assessment.getPeriod());
                default -> String.valueOf(assessment.attribute(name));
            });
        }
        return key;
    }

    private List<Rating> rateBatch(RuleBase rules, List<Subject> batch) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            StepRecorder recorder = explain ? new StepRecorder(rules.order()::of) : null;
            if (recorder != null) {
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
                session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            }
            rules.methodology().params().forEach(session::insert);
            for (Subject subject : batch) {
                session.insert(subject.assessment());
                subject.inputs().forEach(session::insert);
            }
            session.fireAllRules();
            Map<Assessment, Map<String, Object>> results = new IdentityHashMap<>();
            for (Object fact : session.getObjects(Result.class::isInstance)) {
                Result result = (Result) fact;
                results.computeIfAbsent(result.getAssessment(), a -> new TreeMap<>()).put(result.getName(), result.getValue());
            }
            List<Rating> ratings = new ArrayList<>(batch.size());
            for (Subject subject : batch) {
                Assessment assessment = subject.assessment();
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

    private static ProblemException noRating(RuleBase rules, Assessment assessment, Map<String, Object> results) {
        String id = rules.methodology().id();
        return new ProblemException(Problem.error("rules/" + id, 0, 0, assessment + ", input line " + assessment.getLine(),
                "no rule of " + id + " gave a rating; results so far: " + results));
    }
}
