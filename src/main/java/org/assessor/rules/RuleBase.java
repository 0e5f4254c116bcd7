package org.assessor.rules;

import org.assessor.methodology.Methodology;
import org.kie.api.KieBase;

/** A methodology with its rules compiled: what the engine runs. Compiled once per methodology version. */
public record RuleBase(Methodology methodology, KieBase kieBase, RuleOrder order) {

    public static RuleBase compile(Methodology methodology) {
        // every DRL file passes the allow-list before Drools sees it: DRL is Java underneath
        KieBase kieBase = GuardedCompiler.compile(methodology.id(), methodology.rulesVersion(), methodology.ruleFiles(),
                policy(methodology));
        return new RuleBase(methodology, kieBase, new RuleOrder(methodology.ruleFiles()));
    }

    private static AllowList.Policy policy(Methodology methodology) {
        var allow = methodology.config().allow();
        return allow == null ? AllowList.Policy.STRICT
                : new AllowList.Policy(Boolean.TRUE.equals(allow.functions()), Boolean.TRUE.equals(allow.eval()));
    }

    /** The same compiled rules with another methodology's parameters; its rule files must be the same. */
    public RuleBase with(Methodology other) {
        if (!other.rulesVersion().equals(methodology.rulesVersion())) {
            throw new IllegalArgumentException(other.id() + " has other rule files than " + methodology.id());
        }
        return new RuleBase(other, kieBase, order);
    }
}
