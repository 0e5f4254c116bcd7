package org.assessor.rules;

import java.util.List;

import org.assessor.methodology.RuleFile;
import org.kie.api.KieBase;

/**
 * The way to compile rules read from disk: the allow-list runs first, so DRL that fails it never reaches
 * the Java compiler and none of its code (not even a static initialiser smuggled into generated code) runs.
 */
public final class GuardedCompiler {
    private GuardedCompiler() {
    }

    /** As {@link RuleCompiler#compile}, after {@link AllowList#requireAllowed}; throws ProblemException on either. */
    public static KieBase compile(String methodologyId, String version, List<RuleFile> files,
                                  AllowList.Policy policy) {
        AllowList.requireAllowed(files, policy);
        return new RuleCompiler().compile(methodologyId, version, files);
    }
}
