package org.assessor.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Lists the archived rating runs, newest first: id, when, who, methodology version, input and its hash.")
final class RunsCommand extends Subcommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int last;

    @Override
    public Integer call() {
        List<RunSummary> runs = Archives.open(ArchiveLocation.configured(Home.path())).runs().runs();
        PrintWriter console = out();
        console.printf("%5s  %-16s  %-10s  %-4s  %-28s  %-12s  %7s  %s%n", "run", "finished (UTC)", "by", "from",
                "methodology", "version", "ratings", "input (sha-256)");
        runs.stream().limit(last).forEach(run -> console.printf("%5d  %-16s  %-10s  %-4s  %-28s  %-12s  %7d  %s (%s)%n",
                run.id(), WHEN.format(run.finishedAt()), run.ranBy(), run.origin(), run.methodology(),
                run.methodologyVersion().substring(0, 12), run.ratings(), run.inputName(), run.inputSha256().substring(0, 12)));
        if (runs.size() > last) {
            console.printf("… and %d older; --last N shows more%n", runs.size() - last);
        }
        return 0;
    }
}
