package org.assessor.bench;

import java.lang.management.ManagementFactory;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU time of the benchmark JVM per operation (all its threads: workers, GC, JIT), printed after each
 * iteration as {@code [cpu] ... ms CPU/op}. The machine is shared, so wall time per operation depends on
 * how busy it is; CPU time much less. A benchmark method takes this as a parameter and calls {@link #op()}.
 */
@State(Scope.Thread)
public class CpuClock {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long cpuAtStart;
    private long wallAtStart;
    private long ops;

    @Setup(Level.Iteration)
    public void start() {
        ops = 0;
        cpuAtStart = OS.getProcessCpuTime();
        wallAtStart = System.nanoTime();
    }

    void op() {
        ops++;
    }

    @TearDown(Level.Iteration)
    public void stop() {
        double cpu = (OS.getProcessCpuTime() - cpuAtStart) / 1e6;
        double wall = (System.nanoTime() - wallAtStart) / 1e6;
        System.out.printf("[cpu] %d ops, %.1f ms CPU/op, %.2f cores busy%n", ops, cpu / Math.max(ops, 1), cpu / wall);
    }
}
