package org.assessor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
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
 * Records every rule firing of one session as a {@link Step} of the assessment it concerns. Values that a
 * later override may change are copied when the rule fires; nothing is turned into text here.
 */
public final class StepRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final String GENERATED = "GENERATED_";

    private final Map<Assessment, List<Step>> steps = new IdentityHashMap<>();
    private final ToIntFunction<String> order;
    private Map<String, Object> bindings;
    private List<Object> matched;
    private Map<Result, Object> valuesBefore = Map.of();
    private List<Outcome> outcomes;

    /** @param order where each rule stands in the methodology, by rule name */
    public StepRecorder(ToIntFunction<String> order) {
        this.order = order;
    }

    /**
     * The assessment's steps in methodology order (rule files in name order, rules as written), so an
     * explanation reads as the methodology does. Rules are written so that a step only uses results of
     * earlier ones, so this order agrees with the order they fired in.
     */
    public List<Step> stepsOf(Assessment assessment) {
        List<Step> own = new ArrayList<>(steps.getOrDefault(assessment, List.of()));
        own.sort(Comparator.comparingInt(Step::order));
        return own;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        // bindings are read lazily from the matched objects, so copy them before the consequence changes any
        bindings = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            if (!id.startsWith(GENERATED)) {
                bindings.put(id, match.getDeclarationValue(id));
            }
        }
        matched = match.getObjects();
        valuesBefore = Map.of();
        for (Object fact : matched) {
            if (fact instanceof Result result) {
                // only firings that read results can see them replaced by an override, so only they pay for the copy
                if (valuesBefore.isEmpty()) {
                    valuesBefore = new IdentityHashMap<>();
                }
                valuesBefore.put(result, result.getValue());
            }
        }
        outcomes = new ArrayList<>();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (outcomes == null) {
            return;
        }
        if (event.getObject() instanceof Result result) {
            outcomes.add(new Outcome(result.getName(), result.getValue(), null));
        } else if (event.getObject() instanceof Score score) {
            outcomes.add(new Outcome(score.kind() + "." + score.item(), score.points(), null));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (outcomes != null && event.getObject() instanceof Result result) {
            outcomes.add(new Outcome(result.getName(), result.getValue(), valuesBefore.get(result)));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // rules only insert and modify results
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Facts facts = new Facts();
        matched.forEach(facts::add);
        bindings.values().forEach(value -> {
            if (value instanceof List<?> list) {
                list.forEach(facts::add);
            }
        });
        Rule rule = match.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Step step = new Step(rule.getName(), order.applyAsInt(rule.getName()), metadata(meta.get("explain")),
                "true".equals(metadata(meta.get("detail"))),
                facts.inputs, facts.uses, facts.params,
                outcomes, bindings);
        Assessment assessment = facts.assessment != null ? facts.assessment : assessmentIn(bindings);
        steps.computeIfAbsent(assessment, key -> new ArrayList<>()).add(step);
        outcomes = null;
    }

    /** Metadata values keep the quotes they were written with. */
    private static String metadata(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    private static Assessment assessmentIn(Map<String, Object> bindings) {
        return bindings.values().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast)
                .findFirst().orElse(null);
    }

    /** The matched facts of one firing, sorted by what they are to an explanation. */
    private final class Facts {
        private Assessment assessment;
        private final List<Input> inputs = new ArrayList<>();
        private final Map<String, Object> uses = new LinkedHashMap<>();
        private final List<Param> params = new ArrayList<>();

        void add(Object fact) {
            if (fact instanceof Assessment a) {
                assessment = a;
            } else if (fact instanceof Input input) {
                inputs.add(input);
                assessment = input.assessment();
            } else if (fact instanceof Param param) {
                params.add(param);
            } else if (fact instanceof Result result) {
                Object before = valuesBefore.containsKey(result) ? valuesBefore.get(result) : result.getValue();
                uses.put(result.getName(), before);
                assessment = result.getAssessment();
            } else if (fact instanceof Score score) {
                uses.put(score.kind() + "." + score.item(), score);
                assessment = score.assessment();
            }
        }
    }
}
