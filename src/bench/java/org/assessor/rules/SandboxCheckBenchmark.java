package org.assessor.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assessor.bench.Populations;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the sandbox's two compile-time checks cost, next to the compile they guard (CompileBenchmark): the
 * DRL text check, and the check of every generated class, run on the module a methodology compiles to. In
 * this package because the checks are the rules package's own business, not public API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SandboxCheckBenchmark {
    @Param({"star-ratings-2003-04", "annual-health-check-2008-09", "oversight-framework-2025-26"})
    public String methodologyId;

    private Methodology methodology;
    private AllowList.Policy policy;
    private byte[] module;

    @Setup(Level.Trial)
    public void setUp() {
        methodology = Populations.load(methodologyId);
        policy = RuleBase.policy(methodology);
        module = new RuleCompiler(null).generate(methodologyId, methodology.rulesVersion(), methodology.ruleFiles());
    }

    @Benchmark
    public List<Problem> textCheck() {
        return AllowList.check(methodology.ruleFiles(), policy);
    }

    @Benchmark
    public List<Problem> generatedCodeCheck() {
        return new GeneratedCode(policy.packages(), methodology.ruleFiles()).check(module);
    }
}
