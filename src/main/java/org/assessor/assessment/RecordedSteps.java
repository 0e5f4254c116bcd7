package org.assessor.assessment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.fact.Result;
import org.assessor.fact.Score;

/**
 * One assessment's steps, built from its recorded firings when first read: rendering an explanation (on a
 * rating thread, once) is the only reader, so a rating nobody explains never pays for grouping and maps.
 * Steps are in methodology order (rule files in name order, rules as written: the recorder keeps the firings so),
 * so an explanation reads as the methodology does.
 */
final class RecordedSteps extends AbstractList<Step> {
    private List<Firing> firings;
    private volatile List<Step> steps;

    RecordedSteps(List<Firing> firings) {
        this.firings = firings;
    }

    @Override
    public Step get(int index) {
        return steps().get(index);
    }

    @Override
    public int size() {
        return steps().size();
    }

    private List<Step> steps() {
        List<Step> built = steps;
        if (built == null) {
            synchronized (this) {
                if (steps == null) {
                    List<Step> all = new ArrayList<>(firings.size());
                    firings.forEach(firing -> all.add(step(firing)));
                    steps = all;
                    firings = null;
                }
                built = steps;
            }
        }
        return built;
    }

    private Step step(Firing firing) {
        Facts facts = new Facts();
        for (int i = 0; i < firing.matched().length; i++) {
            facts.add(firing.matched()[i], firing.before() == null ? null : firing.before()[i]);
        }
        RuleSentence rule = firing.rule().sentence();
        return new Step(rule.name(), firing.rule().order(), rule.template(), rule.detail(),
                facts.inputs, facts.uses, facts.params, firing.outcomes(),
                new Bindings(firing.rule().names(), firing.values()));
    }

    /** The facts of one firing, sorted by what they are to an explanation. */
    private static final class Facts {
        private final List<Input> inputs = new ArrayList<>();
        private final Map<String, Object> uses = new LinkedHashMap<>();
        private final List<Param> params = new ArrayList<>();

        void add(Object fact, Object valueBefore) {
            if (fact instanceof Input input) {
                // once: a rule may match an input and list it too (an accumulate's collectList)
                if (!containsSame(inputs, input)) {
                    inputs.add(input);
                }
            } else if (fact instanceof Param param) {
                // once: a rule may match a parameter and list it too, or list it in two accumulates
                if (!containsSame(params, param)) {
                    params.add(param);
                }
            } else if (fact instanceof Result result) {
                uses.put(result.getName(), valueBefore);
            } else if (fact instanceof Score score) {
                uses.put(score.kind() + "." + score.item(), score);
            }
        }
    }

    /** Whether {@code facts} hold this very object (a session holds one of each parameter; equals compares every field). */
    private static boolean containsSame(List<?> facts, Object fact) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (facts.get(i) == fact) {
                return true;
            }
        }
        return false;
    }

    /**
     * The assessment a firing concerns when its outcomes do not say: the one assessment the rule binds (a rule
     * that names its trust, as {@code $a : Assessment(...)}, is about it even when it reads the whole peer group,
     * as a bootstrap does), else that of the last fact that has one.
     */
    static Assessment assessmentOf(Object[] facts, Object[] values) {
        Assessment bound = null;
        for (Object value : values) {
            if (value instanceof Assessment assessment) {
                if (bound != null && bound != assessment) {
                    bound = null;
                    break;
                }
                bound = assessment;
            }
        }
        if (bound != null) {
            return bound;
        }
        Assessment found = null;
        for (Object fact : facts) {
            Assessment own = assessmentOf(fact);
            found = own != null ? own : found;
        }
        return found;
    }

    /** The assessment a fact belongs to (an assessment, input, result or score), or null for a parameter or another fact. */
    static Assessment assessmentOf(Object fact) {
        if (fact instanceof Assessment a) {
            return a;
        } else if (fact instanceof Input input) {
            return input.assessment();
        } else if (fact instanceof Result result) {
            return result.getAssessment();
        } else if (fact instanceof Score score) {
            return score.assessment();
        }
        return null;
    }
}
