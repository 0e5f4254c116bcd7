package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.trend.Attributes;
import org.assessor.trend.RatingsFile;
import org.assessor.trend.Trend;
import org.assessor.trend.TrendOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Year on year: reads two or more ratings.csv files (as rate writes them; one per year, oldest first) "
                + "and writes to --out the distribution of ratings per year, repeated poor performance and double weak or "
                + "excellent trusts.",
            "It writes:",
            "  distribution.csv  per year, sector and rating: count, percentage and change in percentage points",
            "  breakdowns.csv    the same per value of each --by attribute (e.g. foundation_trust, region)",
            "  categories.csv    per year and group: trusts in the lowest category, and at the lowest/highest of both "
                + "rating columns (double weak/excellent), with how many were there the year before too",
            "  repeated.csv      every trust in the lowest category two or more years running, with how many years",
            "  report.md         all of it to read",
            "Trusts are matched by organisation and sector. The lowest category is --lowest, else the first of --order, "
                + "else the lowest value in the files (numbers by value: 0 stars)."})
final class TrendCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--ratings", required = true, paramLabel = "FILE.csv",
            description = "A year's ratings.csv (repeat, oldest year first).")
    List<Path> ratings = new ArrayList<>();

    @Option(names = "--labels", split = ",", paramLabel = "LABEL",
            description = "The years' labels, comma-separated, e.g. 2003-04,2004-05 (default: each file's folder name).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--rating-column", paramLabel = "COLUMN",
            description = "Rating column (repeat for two, e.g. quality_of_services and use_of_resources, to count "
                    + "double-lowest and double-highest; default: rating).")
    List<String> ratingColumns = new ArrayList<>();

    @Option(names = "--attributes", paramLabel = "FILE.csv",
            description = "Trust attributes: organisation, then one column per attribute; joined by organisation.")
    Path attributes;

    @Option(names = "--by", paramLabel = "COLUMN",
            description = "Break down by this attribute (repeat; default: every column of --attributes). A column of the "
                    + "ratings files may be named too.")
    List<String> by = new ArrayList<>();

    @Option(names = "--order", split = ",", paramLabel = "VALUE",
            description = "The rating values lowest first, e.g. weak,fair,good,excellent (default: numbers by value).")
    List<String> order = new ArrayList<>();

    @Option(names = "--lowest", paramLabel = "VALUE", description = "The lowest category (default: see above).")
    String lowest;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "trend", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        if (ratings.size() < 2) {
            throw new ProblemException(Problem.error("--ratings", 0, 0, null, "give at least two ratings files, oldest first"));
        }
        if (!labels.isEmpty() && labels.size() != ratings.size()) {
            throw new ProblemException(Problem.error("--labels", 0, 0, null, labels.size() + " labels for " + ratings.size()
                    + " ratings files; give one label per file"));
        }
        List<String> columns = ratingColumns.isEmpty() ? List.of("rating") : ratingColumns;
        List<RatingsFile> years = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            Path file = ratings.get(i);
            years.add(RatingsFile.read(file, labels.isEmpty() ? RatingsFile.defaultLabel(file) : labels.get(i), columns));
        }
        Attributes joined = attributes == null ? Attributes.NONE : Attributes.read(attributes);
        List<String> breakdowns = by.isEmpty() ? joined.columns() : by;
        Trend trend = new Trend(years, joined, new Trend.Options(columns, order, lowest, null, breakdowns));
        TrendOutput.write(trend, sectorOrder(), out);
        PrintWriter console = out();
        console.printf("Read %d years: %s%n", years.size(), String.join(", ", trend.labels()));
        for (var category : TrendOutput.categories(trend).entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-15s", category.getKey()));
            trend.counts(category.getValue()).stream().filter(c -> c.groupBy().equals("all"))
                    .forEach(c -> line.append(String.format("  %s: %d (%d also the year before)", c.year(), c.inCategory(), c.running())));
            console.println(line);
        }
        console.printf("Lowest category (%s %s) two or more years running: %d trusts%n", trend.primary(),
                trend.lowest(trend.primary()), trend.streaks(TrendOutput.LOWEST, trend.lowestCategory()).stream()
                        .map(s -> s.organisation() + "\u0000" + s.sector()).distinct().count());
        console.printf("Wrote %s%n", String.join(", ", TrendOutput.files(trend).stream().map(f -> out.resolve(f).toString()).toList()));
        return 0;
    }

    /** The default methodology's sector order, when it can be loaded; else alphabetical. */
    private List<String> sectorOrder() {
        try {
            return List.copyOf(main.service().methodologies().load(Main.DEFAULT_METHODOLOGY).sectors().keySet());
        } catch (ProblemException e) {
            return List.of();
        }
    }
}
