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

    @Override
    public Integer call() {
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
