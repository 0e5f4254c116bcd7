package org.assessor.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.assessment.StepRecorder;
import org.assessor.fact.Assessment;
import org.assessor.fact.Result;
import org.assessor.rules.RuleBase;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * The other session strategy, for comparison only: like {@code Assessor}, batches of assessments rated in
 * parallel, but each batch in a {@link StatelessKieSession} (one batch command: insert every fact, fire, get
 * the results) instead of a stateful session that is disposed of. Only for methodologies without
 * {@code group_by}, where any batch size is allowed.
 */
final class StatelessRater {
    private static final String RESULTS = "results";

    private final boolean explain;
    private final int batch;

    StatelessRater(boolean explain, int batch) {
        this.explain = explain;
        this.batch = batch;
    }

    List<Rating> rate(RuleBase rules, List<AssessmentInputs> assessments) {
        var sessions = rules.methodology().config().sessions();
        if (sessions != null && sessions.groupBy() != null && !sessions.groupBy().isEmpty()) {
            throw new IllegalArgumentException(rules.methodology().id() + " groups its sessions; the stateless rater does not");
        }
        List<List<AssessmentInputs>> batches = new ArrayList<>();
        for (int from = 0; from < assessments.size(); from += batch) {
            batches.add(assessments.subList(from, Math.min(assessments.size(), from + batch)));
        }
        List<Rating> ratings = new ArrayList<>(assessments.size());
        batches.parallelStream().map(b -> rateBatch(rules, b)).toList().forEach(ratings::addAll);
        return ratings;
    }

    private List<Rating> rateBatch(RuleBase rules, List<AssessmentInputs> assessments) {
        StatelessKieSession session = rules.kieBase().newStatelessKieSession();
        StepRecorder recorder = explain ? new StepRecorder(rules.order()::of) : null;
        if (recorder != null) {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
        }
        List<Object> facts = new ArrayList<>(rules.methodology().params());
        for (AssessmentInputs assessment : assessments) {
            facts.add(assessment.assessment());
            facts.addAll(assessment.inputs());
        }
        List<Command<?>> commands = List.of(CommandFactory.newInsertElements(facts), CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects(new ClassObjectFilter(Result.class), RESULTS));
        ExecutionResults executed = session.execute(CommandFactory.newBatchExecution(commands));
        Map<Assessment, Map<String, Object>> results = new IdentityHashMap<>();
        for (Object fact : (Collection<?>) executed.getValue(RESULTS)) {
            Result result = (Result) fact;
            results.computeIfAbsent(result.getAssessment(), a -> new TreeMap<>()).put(result.getName(), result.getValue());
        }
        List<Rating> ratings = new ArrayList<>(assessments.size());
        for (AssessmentInputs assessment : assessments) {
            Map<String, Object> own = results.getOrDefault(assessment.assessment(), Map.of());
            if (!own.containsKey(Rating.RATING)) {
                throw new IllegalStateException("no rating for " + assessment.assessment() + ": " + own);
            }
            ratings.add(new Rating(assessment.assessment(), own, recorder == null ? List.of() : recorder.stepsOf(assessment.assessment())));
        }
        return ratings;
    }
}
