package org.assessor.rules;

import org.assessor.methodology.Methodology;
import org.kie.api.KieBase;

/** A methodology with its rules compiled: what the engine runs. Compiled once per methodology version. */
public record RuleBase(Methodology methodology, KieBase kieBase, RuleOrder order) {

    public static RuleBase compile(Methodology methodology) {
        KieBase kieBase = new RuleCompiler().compile(methodology.id(), methodology.rulesVersion(), methodology.ruleFiles());
        return new RuleBase(methodology, kieBase, new RuleOrder(methodology.ruleFiles()));
    }

    /** The same compiled rules with another methodology's parameters; its rule files must be the same. */
    public RuleBase with(Methodology other) {
        if (!other.rulesVersion().equals(methodology.rulesVersion())) {
            throw new IllegalArgumentException(other.id() + " has other rule files than " + methodology.id());
        }
        return new RuleBase(other, kieBase, order);
    }
}
