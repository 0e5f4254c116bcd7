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
 * The session strategy, to choose by measurement: assessments per session ({@code batch}) and stateful
 * sessions (what {@link Assessor} does, disposing of each) against stateless ones ({@link StatelessRater}),
 * rating one synthetic star-ratings-2003-04 population. The set-up checks both strategies give the same
 * ratings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms1g"})
public class SessionStrategyBenchmark {
    @Param({"10000"})
    public int size;

    @Param({"1", "25", "100", "500", "2000"})
    public int batch;

    @Param({"stateful", "stateless"})
    public String session;

    @Param({"false", "true"})
    public boolean explain;

    private RuleBase rules;
    private List<AssessmentInputs> assessments;
    private Assessor stateful;
    private StatelessRater stateless;

    @Setup(Level.Trial)
    public void setUp() {
        Methodology methodology = Populations.load(Populations.STAR_RATINGS);
        rules = Populations.compile(methodology);
        assessments = Populations.synthetic(methodology, size);
        stateful = new Assessor(explain, batch);
        stateless = new StatelessRater(explain, batch);
        List<Rating> a = stateful.rate(rules, assessments);
        List<Rating> b = stateless.rate(rules, assessments);
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).results().equals(b.get(i).results()) || a.get(i).steps().size() != b.get(i).steps().size()) {
                throw new IllegalStateException("stateless and stateful sessions differ for " + a.get(i).assessment());
            }
        }
    }

    @Benchmark
    public List<Rating> rate(CpuClock clock) {
        clock.op();
        return "stateless".equals(session) ? stateless.rate(rules, assessments) : stateful.rate(rules, assessments);
    }
}
