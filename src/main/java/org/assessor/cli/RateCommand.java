package org.assessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.assessor.archive.RunSummary;
import org.assessor.assessment.Rating;
import org.assessor.methodology.Methodology;
import org.assessor.output.AtomicFiles;
import org.assessor.output.ExplainedRating;
import org.assessor.output.ExplanationsFile;
import org.assessor.output.ExplanationsJson;
import org.assessor.output.ExplanationsJsonl;
import org.assessor.output.RatingsCsv;
import org.assessor.output.RunInfo;
import org.assessor.output.TablesCsv;
import org.assessor.rating.RatingPipeline.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Rates every trust in the input and writes ratings.csv and explanations.jsonl.")
final class RateCommand extends Subcommand implements Callable<Integer> {
    @Mixin
    RatingOptions rating;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-explanations", description = "Record no steps and write no explanations: "
            + "ratings.csv only, faster for national-scale runs.")
    boolean noExplanations;

    @Option(names = "--explanations-format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default): explanations.jsonl, parameters and rules once in a header line, then one line per "
                    + "rating; json: the explanations.json of before December 2026, every sentence and parameter written out "
                    + "in every step (about six times the bytes).")
    ExplanationsFormat format;

    @Option(names = "--explanation-sentences", description = "Write each step's sentence into explanations.jsonl "
            + "(readers render them from the header either way).")
    boolean sentences;

    @Option(names = "--gzip", description = "Gzip explanations.jsonl as it is written (explanations.jsonl.gz).")
    boolean gzip;

    /** The explanation files {@code rate} can write. */
    enum ExplanationsFormat { jsonl, json }

    @Option(names = "--no-archive", description = "Do not store this run in the run archive "
            + "(an H2 file under the Assessor home unless assessor.archive.url says otherwise).")
    boolean noArchive;

    @Option(names = "--progress", description = "Show a progress bar even when standard error is not a terminal.")
    boolean progress;

    /**
     * Reads, rates and writes as it goes, so memory stays flat however large the input; the files
     * appear only when every row has been read without a problem.
     */
    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Path file = rating.inputFile();
        Methodology methodology = main.service().methodologies().load(rating.methodology);
        RatingCounts counts = new RatingCounts(methodology.config().rating() == null ? null : methodology.config().rating().values());
        RunSummary archived;
        List<Rating> forTables = new ArrayList<>();
        boolean tables = !TablesCsv.tables(methodology).isEmpty();
        try (AtomicFiles files = new AtomicFiles(out);
             RatingsCsv csv = new RatingsCsv(methodology, files.open("ratings.csv"));
             ExplanationsFile explanations = noExplanations ? null : explanations(files, methodology, file);
             RunRecorder archive = noArchive ? null : new RunRecorder(Home.path(), methodology, file, rating.period);
             TerminalProgress bar = new TerminalProgress(progress || System.console() != null)) {
            // league tables are sorted over every rating: only methodologies with tables keep them all
            Consumer<Rating> ratings = tables ? csv.andThen(counts).andThen(forTables::add) : csv.andThen(counts);
            Consumer<ExplainedRating> sink = explained -> ratings.accept(explained.rating());
            if (archive != null) {
                sink = sink.andThen(archive);
            }
            if (explanations != null) {
                sink = sink.andThen(explanations);
            }
            // one line per rating, serialised on the rating threads, for the file and the archive alike
            boolean lines = explanations instanceof ExplanationsJsonl || archive != null;
            Recorded recorded = new Recorded(!noExplanations, lines, sentences);
            main.service().rate(methodology, file, rating.period, recorded, sink, bar);
            for (var table : TablesCsv.tables(methodology).entrySet()) {
                TablesCsv.write(methodology, table.getValue(), forTables, files.open(table.getKey()));
            }
            csv.close();
            if (explanations != null) {
                explanations.close();
            }
            // the archive first: a run whose record failed leaves no output either
            archived = archive == null ? null : archive.commit();
            files.commit();
        }
        PrintWriter console = out();
        console.printf("Rated %d with %s (version %s) from %s in %.1f s%n", counts.total(), rating.methodology,
                methodology.shortVersion(), file, (System.nanoTime() - start) / 1e9);
        counts.print(console, methodology.labels()::of);
        console.printf(noExplanations ? "Wrote %s%n" : "Wrote %s and %s%n", out.resolve("ratings.csv"), out.resolve(explanationsFile()));
        if (archived != null) {
            console.printf("Archived as run %d%n", archived.id());
        }
        return 0;
    }

    private String explanationsFile() {
        return format == ExplanationsFormat.json ? "explanations.json" : gzip ? "explanations.jsonl.gz" : "explanations.jsonl";
    }

    private ExplanationsFile explanations(AtomicFiles files, Methodology methodology, Path file) {
        Supplier<RunInfo> run = () -> RunInfo.of(methodology, file);
        return format == ExplanationsFormat.json ? new ExplanationsJson(run, methodology, files.open(explanationsFile()))
                : new ExplanationsJsonl(run, files.open(explanationsFile()), gzip);
    }
}
