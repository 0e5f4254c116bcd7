package org.assessor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.assessor.assessment.RatingService.Run;
import org.assessor.verification.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes everything the input publishes (expected_* columns, or a long file's published "
                + "metrics) and prints each discrepancy with the published and computed values.",
                "Exit code 0 when every published value is reproduced, 1 when any is not."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RatingOptions rating;

    @Override
    public Integer call() {
        Run run = main.service().rate(main.service().methodologies().load(rating.methodology), rating.inputFile(), rating.period);
        Verifier.Report report = Verifier.verify(run.methodology(), run.ratings());
        PrintWriter console = spec.commandLine().getOut();
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
