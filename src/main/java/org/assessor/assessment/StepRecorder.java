package org.assessor.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.assessor.fact.Assessment;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records every rule firing of one session as a {@link Firing} of the assessment it concerns: arrays of what
 * the rule bound and matched, copied when it fires (a later override may change a result's value). Steps
 * are built from them only when an explanation is read ({@link RecordedSteps}).
 */
public final class StepRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final String GENERATED = "GENERATED_";
    private static final Comparator<Object> BY_NAME = Comparator.comparing(param -> ((Param) param).name());

    private final Map<Assessment, List<Firing>> firings = new IdentityHashMap<>();
    private final Map<Rule, Firing.FiredRule> rules = new IdentityHashMap<>();
    private final ToIntFunction<String> order;
    private final FiringFacts facts;
    private Firing.FiredRule rule;
    private Object[] values;
    private Object[] matched;
    private Object[] before;
    private List<Outcome> outcomes;
    /** The assessment of the firing's first outcome: the trust it concludes something about. */
    private Assessment concluded;

    /** @param order where each rule stands in the methodology, by rule name */
    public StepRecorder(ToIntFunction<String> order) {
        this(order, new FiringFacts());
    }

    StepRecorder(ToIntFunction<String> order, FiringFacts facts) {
        this.order = order;
        this.facts = facts;
    }

    /** The assessment's steps in methodology order (rule files in name order, rules as written), built when first read. */
    public List<Step> stepsOf(Assessment assessment) {
        return new RecordedSteps(firings.getOrDefault(assessment, List.of()));
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        rule = rules.computeIfAbsent(match.getRule(), fired -> new Firing.FiredRule(RuleSentence.of(fired),
                order.applyAsInt(fired.getName()), match.getDeclarationIds().stream()
                .filter(id -> !id.startsWith(GENERATED)).toArray(String[]::new)));
        String[] names = rule.names();
        // bindings are read lazily from the matched objects, so copy them before the consequence changes any
        values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = match.getDeclarationValue(names[i]);
        }
        matched = facts.of(match);
        before = null;
        for (int i = 0; i < matched.length; i++) {
            if (matched[i] instanceof Result result) {
                // only firings that read results can see them replaced by an override, so only they pay for the copy
                before = before == null ? new Object[matched.length] : before;
                before[i] = result.getValue();
            }
        }
        outcomes = new ArrayList<>(2);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (outcomes == null) {
            return;
        }
        if (event.getObject() instanceof Result result) {
            outcomes.add(new Outcome(result.getName(), result.getValue(), null));
            concluded = concluded == null ? result.getAssessment() : concluded;
        } else if (event.getObject() instanceof Score score) {
            outcomes.add(new Outcome(score.kind() + "." + score.item(), score.points(), null));
            concluded = concluded == null ? score.assessment() : concluded;
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (outcomes != null && event.getObject() instanceof Result result) {
            outcomes.add(new Outcome(result.getName(), result.getValue(), valueBefore(result)));
            concluded = concluded == null ? result.getAssessment() : concluded;
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // rules only insert and modify results
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object[] facts = withListed();
        Firing firing = new Firing(rule, values, facts, seen(facts), outcomes);
        Assessment about = concluded != null ? concluded : RecordedSteps.assessmentOf(facts, values);
        // kept in methodology order as recorded, searched from the end: most firings come in that order already
        List<Firing> own = firings.computeIfAbsent(about, key -> new ArrayList<>());
        int at = own.size();
        while (at > 0 && own.get(at - 1).rule().order() > rule.order()) {
            at--;
        }
        own.add(at, firing);
        outcomes = null;
        concluded = null;
    }

    private Object valueBefore(Result result) {
        for (int i = 0; before != null && i < matched.length; i++) {
            if (matched[i] == result) {
                return before[i];
            }
        }
        return null;
    }

    /** The matched facts, then the facts of bound lists (an accumulate's collected scores). */
    private Object[] withListed() {
        int count = matched.length;
        for (Object value : values) {
            if (value instanceof List<?> list) {
                count += list.size();
            }
        }
        if (count == matched.length) {
            return matched;
        }
        Object[] all = Arrays.copyOf(matched, count);
        int at = matched.length;
        for (Object value : values) {
            if (value instanceof List<?> list) {
                int from = at;
                for (Object item : list) {
                    // once each: a sum lists the points parameter of every item it adds, most of them the same one
                    if (!holds(all, from, at, item)) {
                        all[at++] = item;
                    }
                }
                byName(all, from, at);
            }
        }
        return at == count ? all : Arrays.copyOf(all, at);
    }

    private static boolean holds(Object[] facts, int from, int to, Object fact) {
        for (int i = from; i < to; i++) {
            if (facts[i] == fact) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parameters an accumulate listed come in the engine's order, which means nothing to a reader: by name instead.
     */
    private static void byName(Object[] facts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(facts[i] instanceof Param)) {
                return;
            }
        }
        Arrays.sort(facts, from, to, BY_NAME);
    }

    /** Each result's value as the rule saw it (a matched one's from before the consequence, a listed one's now); null without results. */
    private Object[] seen(Object[] facts) {
        if (before == null && facts == matched) {
            return null;
        }
        Object[] seen = new Object[facts.length];
        for (int i = 0; i < facts.length; i++) {
            if (facts[i] instanceof Result result) {
                seen[i] = i < matched.length ? before[i] : result.getValue();
            }
        }
        return seen;
    }
}
