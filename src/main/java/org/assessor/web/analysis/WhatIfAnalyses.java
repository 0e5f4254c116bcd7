package org.assessor.web.analysis;

import java.nio.file.Path;
import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.methodology.Methodologies;
import org.assessor.rating.RatingService;
import org.assessor.web.runs.Runs;
import org.assessor.web.system.RecentAnswers;
import org.assessor.whatif.Sensitivity;
import org.springframework.stereotype.Component;

/**
 * The {@code whatif} analysis of an archived run: its archived input rated again with its archived methodology,
 * then every one-step move of every input (no counterfactual search: that is the command line's, and costs
 * minutes). It runs in the request that first asks for it, one analysis at a time, and is kept for the last few
 * runs asked for: runs never change, so neither does the answer.
 */
@Component
final class WhatIfAnalyses {
    private static final int KEPT = 8;

    private final RunArchive archive;
    private final Runs runs;
    private final RatingService service;
    private final RecentAnswers<Long, Sensitivity.Result> kept = new RecentAnswers<>(KEPT);

    WhatIfAnalyses(RunArchive archive, Runs runs, Methodologies methodologies) {
        this.archive = archive;
        this.runs = runs;
        this.service = new RatingService(methodologies);
    }

    Sensitivity.Result of(RunSummary run) {
        Sensitivity.Result result = kept.get(run.id());
        if (result != null) {
            return result;
        }
        synchronized (this) {
            result = kept.get(run.id());
            if (result == null) {
                result = archive.withInputFile(run.id(), Path.of(run.inputName()).getFileName().toString(),
                        input -> new Sensitivity(service).analyse(input, runs.methodologyOf(run), run.period(), rating -> true, 0));
                kept.put(run.id(), result);
            }
            return result;
        }
    }
}
