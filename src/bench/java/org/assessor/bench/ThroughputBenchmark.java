package org.assessor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.RuleSentence;
import org.assessor.methodology.Methodology;
import org.assessor.output.ExplainedRating;
import org.assessor.output.ExplanationHeader;
import org.assessor.output.ExplanationsJsonl;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rating throughput of star-ratings-2003-04 as the product rates ({@link Assessor}, batches of
 * {@link Assessor#DEFAULT_BATCH} per session, in parallel): the time to rate a whole synthetic population,
 * with and without recording explanations. Ratings per second = size / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "-Xms2g"})
public class ThroughputBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Param({"false", "true"})
    public boolean explain;

    /** Also serialise each rating's explanation as explanations.jsonl and the archive store it (needs explain). */
    @Param({"false"})
    public boolean serialise;

    static final int CHUNK = 100_000;

    private RuleBase rules;
    private List<AssessmentInputs> assessments;
    private Assessor assessor;
    private Function<Rating, ExplainedRating> serialiser;

    @Setup(Level.Trial)
    public void setUp() {
        Methodology methodology = Populations.load(Populations.STAR_RATINGS);
        rules = Populations.compile(methodology);
        long before = Populations.usedHeap();
        assessments = Populations.synthetic(methodology, size);
        long after = Populations.usedHeap();
        if (size >= 100_000) {
            // too noisy to mean anything for small populations
            System.out.printf("[bench] %,d subjects, about %,d bytes each in memory%n", size, (after - before) / size);
        }
        assessor = new Assessor(explain);
        serialiser = ExplanationsJsonl.serialiser(ExplanationHeader.of(methodology, RuleSentence.of(rules)), false);
    }

    /**
     * Rates the population in chunks of at most {@link #CHUNK} assessments, each chunk's ratings handed on and
     * dropped before the next, as a streaming run would: a million ratings with their steps (about 14 kB
     * each, see {@link Footprint}) would not fit in the heap at once.
     */
    @Benchmark
    public void engine(Blackhole sink, CpuClock clock) {
        clock.op();
        for (int from = 0; from < assessments.size(); from += CHUNK) {
            List<AssessmentInputs> chunk = assessments.subList(from, Math.min(assessments.size(), from + CHUNK));
            if (serialise) {
                // as the rating pipeline does: on the rating threads, one text per rating
                assessor.rate(rules, chunk.iterator(), serialiser, explained -> sink.consume(explained.json()));
            } else {
                sink.consume(assessor.rate(rules, chunk));
            }
        }
    }
}
