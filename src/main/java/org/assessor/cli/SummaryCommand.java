package org.assessor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.assessor.methodology.Methodology;
import org.assessor.trend.SectorSummaries;
import org.assessor.trend.SectorSummary;
import org.assessor.trend.SummaryOptions;
import org.assessor.trend.SummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Summarises a ratings.csv per sector: the share of each rating value, trusts with the best or worst "
                + "value in every rating, the trusts flagged yes in the input (foundation trusts, reconfigured PCTs), and "
                + "the change in points from a previous year's ratings.")
final class SummaryCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--ratings", required = true, paramLabel = "FILE", description = "A ratings.csv written by rate.")
    Path ratings;

    @Option(names = "--previous", paramLabel = "FILE", description = "Last year's ratings.csv, for the change in points.")
    Path previous;

    @Option(names = "--input", paramLabel = "FILE.csv", description = "The rated input, for its yes/no columns (foundation_trust, reconfigured...).")
    Path input;

    @Option(names = "--methodology", paramLabel = "ID",
            description = "The methodology that wrote the ratings (default: the one named in the explanations beside them).")
    String methodology;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
            description = "Rating columns to count (default: rating and the outputs the methodology marks as ratings).")
    List<String> columns;

    @Option(names = "--flags", split = ",", paramLabel = "COLUMN",
            description = "Yes/no columns of the input to report (default: every column holding only yes and no).")
    List<String> flags;

    @Override
    public Integer call() {
        String id = methodology != null ? methodology : SectorSummaries.methodologyBeside(ratings).orElse(null);
        Methodology loaded = id == null ? null : main.service().methodologies().load(id);
        SectorSummary summary = SectorSummaries.build(new SummaryOptions(ratings, previous, input, columns, flags), loaded);
        out().print(SummaryText.render(summary));
        out().flush();
        return 0;
    }
}
