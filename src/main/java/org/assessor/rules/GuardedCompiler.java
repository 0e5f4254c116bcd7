package org.assessor.rules;

import java.util.List;

import org.assessor.methodology.RuleFile;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.kie.api.KieBase;

/**
 * The way to compile rules read from disk, in two layers. The allow-list screens the DRL text first, so
 * most mistakes and attacks are refused in DRL terms before the Java compiler sees them; then every class
 * Drools generated (or that the cache holds) is checked by {@link GeneratedCode} before any is loaded, so
 * what the text check cannot foresee still never runs.
 */
public final class GuardedCompiler {
    private GuardedCompiler() {
    }

    /**
     * Compiles, or throws ProblemException with every problem either layer found. Rules nested too deeply or too
     * large for the parser or the compilers are a problem of the rules too, not a crash.
     */
    public static KieBase compile(String methodologyId, String version, List<RuleFile> files, AllowList.Policy policy) {
        try {
            AllowList.requireAllowed(files, policy);
            return new RuleCompiler().compile(methodologyId, version, files, new GeneratedCode(policy.packages(), files));
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new ProblemException(Problem.error("rules/" + methodologyId, 0, 0, null, "the rules are too deeply nested or"
                    + " too large to compile (" + (e instanceof StackOverflowError ? "the compiler ran out of stack"
                    : "the compiler ran out of memory") + ")"));
        }
    }
}
