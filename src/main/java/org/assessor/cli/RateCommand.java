package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.assessor.assessment.Rating;
import org.assessor.assessment.RatingService.Run;
import org.assessor.explanation.Numbers;
import org.assessor.output.AtomicFiles;
import org.assessor.output.ExplanationsJson;
import org.assessor.output.RatingsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Rates every trust in the input and writes ratings.csv and explanations.json.")
final class RateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RatingOptions rating;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path file = rating.inputFile();
        Run run = main.service().rate(main.service().methodologies().load(rating.methodology), file, rating.period);
        AtomicFiles files = new AtomicFiles(out)
                .add("ratings.csv", stream -> RatingsCsv.write(run.methodology(), run.ratings(), stream))
                .add("explanations.json", stream -> ExplanationsJson.write(run.info(), run.methodology(), run.ratings(), stream));
        org.assessor.output.TablesCsv.tables(run.methodology()).forEach((name, table) ->
                files.add(name, stream -> org.assessor.output.TablesCsv.write(run.methodology(), table, run.ratings(), stream)));
        files.write();
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Rated %d with %s (version %s) from %s in %.1f s%n", run.ratings().size(), rating.methodology,
                run.methodology().shortVersion(), file, (System.nanoTime() - start) / 1e9);
        printSummary(console, run.ratings(), run.methodology().labels()::of);
        console.printf("Wrote %s and %s%n", out.resolve("ratings.csv"), out.resolve("explanations.json"));
        return 0;
    }

    /** Ratings counted per sector: one row per sector, one column per rating value. */
    static void printSummary(PrintWriter console, List<Rating> ratings, java.util.function.Function<String, String> label) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        TreeSet<String> values = new TreeSet<>();
        for (Rating rating : ratings) {
            String value = Numbers.text(rating.value());
            values.add(value);
            counts.computeIfAbsent(rating.assessment().getSector(), s -> new TreeMap<>()).merge(value, 1, Integer::sum);
        }
        StringBuilder head = new StringBuilder(String.format("%-24s", label.apply(Rating.RATING)));
        values.forEach(v -> head.append(String.format("%8s", v)));
        console.println(head.append(String.format("%8s", "total")));
        counts.forEach((sector, bySector) -> {
            StringBuilder row = new StringBuilder(String.format("%-24s", label.apply(sector)));
            values.forEach(v -> row.append(String.format("%8d", bySector.getOrDefault(v, 0))));
            console.println(row.append(String.format("%8d", bySector.values().stream().mapToInt(Integer::intValue).sum())));
        });
    }
}
