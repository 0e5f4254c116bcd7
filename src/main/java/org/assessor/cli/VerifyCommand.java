package org.assessor.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;

import org.assessor.rating.RatingService.Run;
import org.assessor.system.NumberText;
import org.assessor.system.Shown;
import org.assessor.verification.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes everything the input publishes (expected_* columns, or a long file's published "
                + "metrics) and prints each discrepancy with the published and computed values.",
                "Exit code 0 when every published value is reproduced, 1 when any is not."})
final class VerifyCommand extends Subcommand implements Callable<Integer> {
    @Mixin
    RatingOptions rating;

    @Option(names = "--tolerance", paramLabel = "NUMBER",
            description = "A computed number within this distance of the published one reproduces it (e.g. 0.01 for "
                    + "figures published rounded to 2 decimals); default 0, numbers must be equal. Texts are always compared exactly.")
    String tolerance = "0";

    @Override
    public Integer call() {
        BigDecimal within = tolerance();
        Run run = main.service().rate(main.service().methodologies().load(rating.methodology), rating.inputFile(), rating.period);
        Verifier.Report report = Verifier.verify(run.methodology(), run.ratings(), within);
        PrintWriter console = out();
        report.discrepancies().forEach(console::println);
        console.printf("Verified %d ratings of %s (version %s) against %s; %s%n", run.ratings().size(), rating.methodology,
                run.methodology().shortVersion(), rating.inputFile(), within.signum() == 0 ? "numbers compared exactly"
                        : "numbers within " + within.toPlainString() + " of the published value count as reproduced");
        int width = report.tallies().stream().mapToInt(t -> label(t).length()).max().orElse(0);
        for (Verifier.Tally tally : report.tallies()) {
            console.printf("  %-" + width + "s %4d of %4d reproduced%s%s%n", label(tally), tally.matched(), tally.checked(),
                    tally.withinTolerance() == 0 ? "" : ", " + tally.withinTolerance() + " of them within the tolerance",
                    tally.matched() == tally.checked() ? "" : "  <--");
        }
        if (report.tallies().isEmpty()) {
            console.println("  the input publishes nothing this methodology computes");
        }
        return report.clean() ? 0 : 1;
    }

    private static String label(Verifier.Tally tally) {
        return tally.published() + (tally.published().equals(tally.result()) ? "" : " (" + tally.result() + ")");
    }

    private BigDecimal tolerance() {
        NumberText.Reading reading = NumberText.read(tolerance.strip());
        if (!reading.ok() || reading.value().signum() < 0) {
            throw new ParameterException(spec.commandLine(), "--tolerance " + Shown.quoted(tolerance) + ": "
                    + (reading.ok() ? "a tolerance cannot be negative" : reading.problem()) + "; give a number of 0 or more, such as 0.01");
        }
        return reading.value();
    }
}
