package org.assessor.web.runs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.compare.Comparison;
import org.assessor.compare.Differences;
import org.assessor.compare.Side;
import org.assessor.diff.MethodologyDiff;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rating.RatingService;
import org.assessor.web.system.RecentAnswers;
import org.springframework.stereotype.Component;

/**
 * Why two runs' ratings differ, as {@code compare}'s report.md says it: each run's archived input rated again,
 * with explanations, under its archived methodology, then the {@code compare} feature's differing steps and
 * parameters per changed trust and what differs in the methodologies. The archive keeps explanations as JSON, not
 * as the steps compare reads, and a replay gives the same steps. Kept for the last few pairs: runs never change.
 */
@Component
final class ComparisonDetails {
    private static final int KEPT = 8;

    /** Per changed trust (organisation and sector), the lines saying what differs; the methodologies' differences. */
    record Details(Map<String, List<String>> steps, String methodologySummary, List<String> methodologyLines) {
        public List<String> of(RunComparison.Changed changed) {
            return steps.getOrDefault(key(changed.organisation(), changed.sector()), List.of());
        }

        public String methodologyText() {
            return String.join("\n", methodologyLines);
        }
    }

    private final RunArchive archive;
    private final Runs runs;
    private final RatingService service;
    private final RecentAnswers<String, Details> kept = new RecentAnswers<>(KEPT);

    ComparisonDetails(RunArchive archive, Runs runs, Methodologies methodologies) {
        this.archive = archive;
        this.runs = runs;
        this.service = new RatingService(methodologies);
    }

    Details of(RunSummary a, RunSummary b) {
        String pair = a.id() + "-" + b.id();
        Details details = kept.get(pair);
        if (details == null) {
            details = compute(a, b);
            kept.put(pair, details);
        }
        return details;
    }

    private Details compute(RunSummary a, RunSummary b) {
        Comparison comparison = Comparison.of(side("A", a), side("B", b));
        Map<String, List<String>> steps = new LinkedHashMap<>();
        comparison.changed().forEach(pair -> steps.put(key(pair.organisation(), pair.sector()), Differences.of(comparison, pair)));
        MethodologyDiff diff = Differences.methodologies(comparison);
        return new Details(steps, Differences.summary(diff), Differences.lines(diff));
    }

    private Side side(String name, RunSummary run) {
        Methodology methodology = runs.methodologyOf(run);
        return archive.withInputFile(run.id(), Path.of(run.inputName()).getFileName().toString(), input -> {
            RatingService.Run rated = service.rate(methodology, input, run.period());
            return new Side(name, methodology, methodology.changes(), rated.info(), rated.ratings());
        });
    }

    private static String key(String organisation, String sector) {
        return organisation + "\u0000" + sector;
    }
}
