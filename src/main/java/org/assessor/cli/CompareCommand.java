package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assessor.compare.Comparer;
import org.assessor.compare.Comparison;
import org.assessor.compare.ComparisonOutput;
import org.assessor.distribution.RatingOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Rates the same input under two methodologies (A = --methodology, B = --against), or under one "
                + "methodology and a what-if of it (--against the same id with --set), and writes to --out the trusts whose rating "
                + "differs, with the steps and parameters that differ, and the shares of each rating under both.",
            "It writes:",
            "  changes.csv       one row per trust whose rating differs: rating_a, rating_b and the explanation steps "
                + "that differ (rules that fired on one side only, parameters whose values differ)",
            "  transitions.csv   per sector, how many trusts went from each rating_a to each rating_b",
            "  distribution.csv  per sector, count and percentage of each rating under A and B, and the change in "
                + "percentage points",
            "  report.md         all of it to read, with each changed trust's differing steps",
            "Files are written together or not at all. See also: whatif (near misses, fragile ratings, smallest "
                + "changes that raise a rating)."})
final class CompareCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--methodology", paramLabel = "A", defaultValue = Main.DEFAULT_METHODOLOGY,
            description = "Methodology id of side A (default: ${DEFAULT-VALUE}).")
    String methodology;

    @Option(names = "--against", paramLabel = "B",
            description = "Methodology id of side B (default: the same as A, for a what-if with --set).")
    String against;

    @Option(names = "--input", paramLabel = "FILE.csv",
            description = "Input CSV (default: the bundled published 2003/04 data).")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "comparison",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--set", paramLabel = "PARAM=VALUE",
            description = "Change a parameter of side B for this run (repeatable), e.g. "
                    + "key_target_points.data_not_returned=3; a band's bounds are NAME.min and NAME.max.")
    Map<String, String> changes = new LinkedHashMap<>();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path file = input != null ? input : Home.defaultInput();
        String b = against != null ? against : methodology;
        Comparison comparison = new Comparer(main.service()).compare(file, methodology, b, changes);
        ComparisonOutput.write(comparison, out);
        PrintWriter console = out();
        int[] upDown = comparison.upDown(RatingOrder.natural());
        console.printf("Compared %d ratings from %s in %.1f s%n  A: %s (version %s)%n  B: %s (version %s)%n",
                comparison.pairs().size(), file, (System.nanoTime() - start) / 1e9,
                comparison.a().description(), comparison.a().methodology().shortVersion(),
                comparison.b().description(), comparison.b().methodology().shortVersion());
        console.printf("%d ratings differ: %d higher under B, %d lower%n", comparison.changed().size(), upDown[0], upDown[1]);
        comparison.changed().stream().limit(10).forEach(p -> console.printf("  %s (%s): %s -> %s%n",
                p.organisation(), p.sector(), p.ratingA(), p.ratingB()));
        if (comparison.changed().size() > 10) {
            console.printf("  ... and %d more in changes.csv%n", comparison.changed().size() - 10);
        }
        console.printf("Wrote %s%n", String.join(", ", ComparisonOutput.FILES.stream().map(f -> out.resolve(f).toString()).toList()));
        return 0;
    }
}
