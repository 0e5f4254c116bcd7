package org.assessor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.assessor.rating.RatingService.Run;
import org.assessor.verification.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes everything the input publishes (expected_* columns, or a long file's published "
                + "metrics) and prints each discrepancy with the published and computed values.",
                "Exit code 0 when every published value is reproduced, 1 when any is not."})
final class VerifyCommand extends Subcommand implements Callable<Integer> {
    @Mixin
    RatingOptions rating;

    @Override
    public Integer call() {
        Run run = main.service().rate(main.service().methodologies().load(rating.methodology), rating.inputFile(), rating.period);
        Verifier.Report report = Verifier.verify(run.methodology(), run.ratings());
        PrintWriter console = out();
        report.discrepancies().forEach(console::println);
        console.printf("Verified %d ratings of %s (version %s) against %s%n", run.ratings().size(), rating.methodology,
                run.methodology().shortVersion(), rating.inputFile());
        for (Verifier.Tally tally : report.tallies()) {
            console.printf("  %-28s %4d of %4d reproduced%s%n", tally.published() + (tally.published().equals(tally.result())
                    ? "" : " (" + tally.result() + ")"), tally.matched(), tally.checked(), tally.matched() == tally.checked() ? "" : "  <--");
        }
        if (report.tallies().isEmpty()) {
            console.println("  the input publishes nothing this methodology computes");
        }
        return report.clean() ? 0 : 1;
    }
}
