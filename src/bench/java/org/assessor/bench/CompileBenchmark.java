package org.assessor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Methodology compile time, DRL to KieBase as {@link RuleBase#compile} does it (allow-list, executable
 * model): with the on-disk compiled-rules cache off ({@code assessor.cache=off}) and loaded from a cache
 * filled in the set-up. One compile per measurement, in a JVM that has compiled before (the first,
 * cold compile is the first warm-up shot: see the JMH log).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CompileBenchmark {
    @Param({"star-ratings-2003-04", "oversight-framework-2025-26"})
    public String methodologyId;

    @Param({"off", "load"})
    public String cache;

    private Methodology methodology;
    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        methodology = Populations.load(methodologyId);
        if ("off".equals(cache)) {
            System.setProperty("assessor.cache", "off");
        } else {
            folder = Files.createTempDirectory("assessor-bench-cache-");
            System.setProperty("assessor.cache", folder.toString());
            RuleBase.compile(methodology);
            try (var files = Files.list(folder)) {
                if (files.noneMatch(f -> f.toString().endsWith(".rules"))) {
                    throw new IllegalStateException("the compiled rules were not stored in " + folder);
                }
            }
        }
    }

    @Benchmark
    public RuleBase compile(CpuClock clock) {
        clock.op();
        return RuleBase.compile(methodology);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.clearProperty("assessor.cache");
        if (folder != null) {
            try (var files = Files.list(folder)) {
                files.forEach(Populations::deleteQuietly);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Populations.deleteQuietly(folder);
        }
    }
}
