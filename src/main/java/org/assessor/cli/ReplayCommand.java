package org.assessor.cli;

import java.util.concurrent.Callable;

import org.assessor.archive.ArchiveLocation;
import org.assessor.archive.Archives;
import org.assessor.archive.Replay;
import org.assessor.archive.ReplayResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Rates an archived run again from its archived input and methodology files (never the current "
                + "ones) and compares every rating, result and explanation with what was archived; exit 1 on any difference.")
final class ReplayCommand extends Subcommand implements Callable<Integer> {
    @Option(names = "--run", paramLabel = "ID", required = true, description = "The run's id (see `runs`).")
    long run;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "Differences to list (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() {
        Archives archives = Archives.open(ArchiveLocation.configured(Home.path()));
        ReplayResult result = new Replay(archives.runs(), main.service(), show).replay(run);
        out().println(result);
        return result.identical() ? 0 : 1;
    }
}
