package org.assessor.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.rules.RuleBase;
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
 * The NOF league table: one quarter of {@code trusts} trusts of one type ({@link LeagueTable}) rated by
 * oversight-framework-2025-26, metric scores, averages, segments, ranks and the seeded bootstrap of likely
 * ranges with {@code likely_range.samples} replicates (the methodology's own value is 20,000, 1,000 before; other values
 * are set as a what-if, e.g. {@code -p samples=1} to see the cost without the bootstrap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LeagueTableBenchmark {
    @Param({"205"})
    public int trusts;

    @Param({"20000"})
    public int samples;

    @Param({"false", "true"})
    public boolean explain;

    private RuleBase rules;
    private List<AssessmentInputs> assessments;
    private Assessor assessor;

    @Setup(Level.Trial)
    public void setUp() {
        Methodology methodology = Populations.load(LeagueTable.ID);
        Number configured = methodology.param("likely_range.samples").orElseThrow().number();
        if (configured.intValue() != samples) {
            methodology = WhatIf.apply(methodology, Map.of("likely_range.samples", String.valueOf(samples)));
        }
        System.out.printf("[bench] likely_range.samples = %s (configured %s)%n",
                methodology.param("likely_range.samples").orElseThrow().number(), configured);
        rules = Populations.compile(methodology);
        assessments = LeagueTable.trusts(methodology, trusts);
        if (assessments.size() != trusts) {
            throw new IllegalStateException("expected " + trusts + " subjects, read " + assessments.size());
        }
        assessor = new Assessor(explain);
        List<Rating> ratings = assessor.rate(rules, assessments);
        long ranged = ratings.stream().filter(r -> r.results().containsKey("likely_range_of_rank")).count();
        if (ranged != trusts) {
            throw new IllegalStateException("only " + ranged + " of " + trusts + " trusts got a likely range of rank");
        }
        System.out.println("[bench] e.g. " + ratings.get(trusts - 1).assessment() + " " + ratings.get(trusts - 1).results());
    }

    @Benchmark
    public List<Rating> leagueTable(CpuClock clock) {
        clock.op();
        return assessor.rate(rules, assessments);
    }
}
