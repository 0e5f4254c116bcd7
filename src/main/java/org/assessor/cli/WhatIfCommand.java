package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import org.assessor.whatif.Counterfactuals.Status;
import org.assessor.whatif.Fragility;
import org.assessor.whatif.Move;
import org.assessor.whatif.Sensitivity;
import org.assessor.whatif.SensitivityOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Near misses and counterfactuals: how close each rating is to changing. Rates the input, then "
                + "candidate inputs with the same rules, and writes to --out each rating's margins, the fragile ratings and the "
                + "smallest changes of inputs that raise a rating.",
            "It writes:",
            "  margins.csv          each numeric result's distance to the bands and thresholds its explanation compared "
                + "it with (e.g. key-target points against the band's max; 0 = on the edge)",
            "  fragile.csv          every realistic one-step change of ONE input that changes a rating: from its level "
                + "to the next level above or below (in the order the methodology's YAML lists the values; statuses such as "
                + "not applicable or data not returned are not levels), and whether it raises or lowers the rating",
            "  counterfactuals.csv  the smallest change of inputs that raises each rating: every change of 1 input to "
                + "any other level, then of 2 inputs, ... up to --max-changes, each rated with the rules; which values are "
                + "better is found by trying. Ratings at the highest rating given are not searched",
            "  methodology-whatif.csv  the what-ifs the methodology's own rules give (outputs marked whatif: true), e.g. "
                + "the Oversight Framework's fewest metric improvements that reach the next better segment",
            "  report.md            all of it to read, per sector and per trust",
            "--set changes parameters first (a what-if of the methodology). See also: compare."})
final class WhatIfCommand extends Subcommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "whatif",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--set", paramLabel = "PARAM=VALUE",
            description = "Change a parameter for this run (repeatable), e.g. key_target_points.data_not_returned=3.")
    Map<String, String> changes = new LinkedHashMap<>();

    @Option(names = "--organisation", paramLabel = "NAME", description = "Only this organisation (default: every one).")
    String organisation;

    @Option(names = "--sector", paramLabel = "SECTOR", description = "Only this sector.")
    String sector;

    @Option(names = "--max-changes", paramLabel = "N", defaultValue = "3",
            description = "Largest number of inputs changed together in the counterfactual search; 0 skips it (default: ${DEFAULT-VALUE}).")
    int maxChanges;

    @Override
    public Integer call() {
        if (maxChanges < 0) {
            throw new ProblemException(Problem.error("--max-changes", 0, 0, null, "must be 0 or more"));
        }
        long start = System.nanoTime();
        Path file = input.inputFile();
        Predicate<Rating> selected = r -> (organisation == null || r.assessment().getOrganisation().equals(organisation))
                && (sector == null || r.assessment().getSector().equals(sector));
        Sensitivity.Result result = new Sensitivity(main.service()).analyse(file, input.methodology, changes, selected, maxChanges);
        if (result.ratings().isEmpty()) {
            throw new ProblemException(Problem.error(file.toString(), 0, 0, "organisation", "no rating for '" + organisation + "'"
                    + (sector == null ? "" : " in sector " + sector)));
        }
        SensitivityOutput.write(result, out);
        PrintWriter console = out();
        console.printf("Analysed %d ratings with %s (version %s) from %s in %.1f s%n", result.ratings().size(),
                input.methodology, result.methodology().shortVersion(), file, (System.nanoTime() - start) / 1e9);
        console.printf("Fragile: %d of %d (%d could fall, %d could rise); one-step moves rated: %d%n", result.fragileRatings().size(),
                result.ratings().size(), result.fragileRatings(false).size(), result.fragileRatings(true).size(), result.movesTried());
        console.println("  " + Fragility.DEFINITION);
        if (maxChanges > 0) {
            long found = result.counterfactuals().stream().filter(c -> c.status() == Status.FOUND).count();
            console.printf("Smallest change that raises the rating found for %d (searched up to %d inputs in %.1f s)%n",
                    found, maxChanges, result.searchSeconds());
            if (result.ratings().size() <= 5) {
                result.counterfactuals().forEach(c -> console.printf("  %s: %s%n", c.base().assessment(), switch (c.status()) {
                    case FOUND -> RatingOrder.text(c.base()) + " -> " + c.rating() + " by " + Move.ids(c.moves());
                    case HIGHEST -> "already the highest rating (" + RatingOrder.text(c.base()) + ")";
                    case NONE -> "no change of up to " + maxChanges + " inputs raises it";
                }));
            }
        }
        if (result.ratings().size() <= 5) {
            result.ratings().forEach(rating -> result.whatIfOutputs().forEach((id, label) -> {
                if (rating.results().get(id) != null) {
                    console.printf("  %s: %s: %s%n", rating.assessment(), label, rating.results().get(id));
                }
            }));
        }
        console.printf("Wrote %s%n", String.join(", ", SensitivityOutput.files(result).stream().map(f -> out.resolve(f).toString()).toList()));
        return 0;
    }
}
