package org.assessor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;
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
 * The lower bound: the same 2003/04 logic in plain Java ({@link PlainStarRatings}) on the same populations as
 * {@link ThroughputBenchmark}. The set-up rates the whole population and the published 2003/04 data with
 * the engine too and refuses to run unless every rating and intermediate result agrees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "-Xms2g"})
public class PlainJavaBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    private List<AssessmentInputs> assessments;
    private PlainStarRatings plain;

    @Setup(Level.Trial)
    public void setUp() {
        Methodology methodology = Populations.load(Populations.STAR_RATINGS);
        RuleBase rules = Populations.compile(methodology);
        plain = new PlainStarRatings(methodology);
        Assessor engine = new Assessor(false);
        List<AssessmentInputs> published = Populations.published(methodology);
        Agreement.require(Populations.PUBLISHED, engine.rate(rules, published), plain.rate(published));
        assessments = Populations.synthetic(methodology, size);
        Agreement.require(size + " synthetic subjects (seed " + Populations.SEED + ")", engine.rate(rules, assessments),
                plain.rate(assessments));
    }

    /** In parallel on all cores, as the engine rates. */
    @Benchmark
    public List<Rating> plainJava(CpuClock clock) {
        clock.op();
        return plain.rate(assessments);
    }

    /** On one thread: how much the two cores give the lower bound. */
    @Benchmark
    public List<Rating> plainJavaOneThread(CpuClock clock) {
        clock.op();
        return assessments.stream().map(plain::rate).toList();
    }
}
