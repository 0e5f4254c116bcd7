package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.assessor.assessment.Rating;
import org.assessor.explanation.ExplanationText;
import org.assessor.methodology.Methodology;
import org.assessor.output.ExplanationLines;
import org.assessor.output.ExplanationRenderer;
import org.assessor.rating.RatingService.Run;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints why one trust got its rating, step by step, with the source of every parameter.")
final class ExplainCommand extends Subcommand implements Callable<Integer> {
    @Mixin
    RatingOptions rating;

    @Option(names = "--organisation", required = true, paramLabel = "NAME", description = "The organisation, as named in the input.")
    String organisation;

    @Option(names = "--sector", paramLabel = "SECTOR", description = "The sector, for an organisation rated in several.")
    String sector;

    @Option(names = "--explanations", paramLabel = "FILE",
            description = "Read the rating from the explanations.jsonl (or .jsonl.gz) that rate wrote, instead of rating the input again.")
    Path explanations;

    @Override
    public Integer call() {
        if (explanations != null) {
            return fromFile();
        }
        Path file = rating.inputFile();
        Run run = main.service().rate(main.service().methodologies().load(rating.methodology), file, rating.period);
        List<Rating> found = run.ratings().stream()
                .filter(r -> r.assessment().getOrganisation().equals(organisation))
                .filter(r -> sector == null || r.assessment().getSector().equals(sector))
                .toList();
        if (found.isEmpty()) {
            throw notFound(run, file);
        }
        PrintWriter console = out();
        ExplanationText text = new ExplanationText(run.methodology());
        found.forEach(rating -> console.println(text.render(rating)));
        return 0;
    }

    /** The explanation as the file holds it, printed with the methodology that wrote it (refused if its files have changed since). */
    private int fromFile() {
        ExplanationLines.Found found = ExplanationLines.find(explanations, organisation, sector);
        if (found.lines().isEmpty()) {
            throw new ProblemException(Problem.error(explanations.toString(), 0, 0, "organisation",
                    "no rating for '" + organisation + "'" + (sector == null ? "" : " in sector " + sector)));
        }
        Methodology methodology = main.service().methodologies().load(found.header().methodology());
        if (!methodology.version().equals(found.header().methodologyVersion())) {
            throw new ProblemException(Problem.error(explanations.toString(), 1, 0, "methodology_version",
                    "written by " + found.header().methodology() + " version " + found.header().methodologyVersion()
                            + "; its files now give version " + methodology.version() + ": rate the input again"));
        }
        ExplanationRenderer renderer = new ExplanationRenderer(found.header());
        ExplanationText text = new ExplanationText(methodology);
        PrintWriter console = out();
        found.lines().forEach(line -> console.println(text.render(renderer.rating(line))));
        return 0;
    }

    private ProblemException notFound(Run run, Path file) {
        // suggest names sharing the longest word given, e.g. "Aintree" for "Aintree Hospitals"
        String word = Arrays.stream(organisation.toLowerCase(Locale.ROOT).split("\\W+"))
                .max(Comparator.comparingInt(String::length)).orElse("");
        List<String> similar = word.length() < 3 ? List.of() : run.ratings().stream().map(r -> r.assessment().toString())
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(word)).limit(5).toList();
        String hint = similar.isEmpty() ? "" : "; similar: " + String.join("; ", similar);
        return new ProblemException(Problem.error(file.toString(), 0, 0, "organisation",
                "no rating for '" + organisation + "'" + (sector == null ? "" : " in sector " + sector) + hint));
    }
}
