package org.assessor.compare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.assessor.distribution.Distribution;
import org.assessor.distribution.RatingOrder;
import org.assessor.distribution.Transitions;
import org.assessor.output.AtomicFiles;

/** Writes a comparison's four files together: all of them appear, or none. */
public final class ComparisonOutput {
    public static final List<String> FILES = List.of("changes.csv", "transitions.csv", "distribution.csv", "report.md");

    private ComparisonOutput() {
    }

    public static List<Path> write(Comparison comparison, Path folder) {
        RatingOrder order = RatingOrder.natural();
        Transitions transitions = comparison.transitions(order);
        Distribution distribution = Distribution.of(List.of("a", "b"), ComparisonCsv.entries(comparison), order,
                comparison.sectors());
        String report = new ComparisonReport(comparison, transitions, distribution, order).render();
        return new AtomicFiles(folder)
                .add(FILES.get(0), out -> ComparisonCsv.changes(comparison, out))
                .add(FILES.get(1), out -> ComparisonCsv.transitions(transitions, out))
                .add(FILES.get(2), out -> ComparisonCsv.distribution(distribution, out))
                .add(FILES.get(3), out -> out.write(report.getBytes(StandardCharsets.UTF_8)))
                .write();
    }
}
