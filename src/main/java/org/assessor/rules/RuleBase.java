package org.assessor.rules;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.assessor.methodology.Methodology;
import org.assessor.methodology.RuleFile;
import org.kie.api.KieBase;

/** A methodology with its rules compiled: what the engine runs. Compiled once per methodology version. */
public record RuleBase(Methodology methodology, KieBase kieBase, RuleOrder order) {

    public static RuleBase compile(Methodology methodology) {
        // every DRL file passes the allow-list before Drools sees it: DRL is Java underneath
        KieBase kieBase = GuardedCompiler.compile(methodology.id(), methodology.rulesVersion(), methodology.ruleFiles(),
                policy(methodology));
        return new RuleBase(methodology, kieBase, new RuleOrder(methodology.ruleFiles()));
    }

    /** The methodology's package and those of the methodologies it extends (their files are in its own rules). */
    static AllowList.Policy policy(Methodology methodology) {
        var allow = methodology.config().allow();
        Set<String> packages = new TreeSet<>();
        packages.add(AllowList.Policy.packageOf(methodology.id()));
        for (RuleFile file : methodology.ruleFiles()) {
            Path folder = file.path().getParent();
            if (folder != null) {
                packages.add(AllowList.Policy.packageOf(folder.getFileName().toString()));
            }
        }
        return new AllowList.Policy(packages, allow != null && Boolean.TRUE.equals(allow.functions()),
                allow != null && Boolean.TRUE.equals(allow.eval()));
    }

    /** The same compiled rules with another methodology's parameters; its rule files must be the same. */
    public RuleBase with(Methodology other) {
        if (!other.rulesVersion().equals(methodology.rulesVersion())) {
            throw new IllegalArgumentException(other.id() + " has other rule files than " + methodology.id());
        }
        return new RuleBase(other, kieBase, order);
    }
}
