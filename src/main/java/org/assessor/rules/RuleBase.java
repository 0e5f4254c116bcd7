package org.assessor.rules;

import org.assessor.methodology.Methodology;
import org.kie.api.KieBase;

/** A methodology with its rules compiled: what the engine runs. Compiled once per methodology version. */
public record RuleBase(Methodology methodology, KieBase kieBase, RuleOrder order) {

    public static RuleBase compile(Methodology methodology) {
        KieBase kieBase = new RuleCompiler().compile(methodology.id(), methodology.shortVersion(), methodology.ruleFiles());
        return new RuleBase(methodology, kieBase, new RuleOrder(methodology.ruleFiles()));
    }
}
