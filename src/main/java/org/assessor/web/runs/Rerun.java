package org.assessor.web.runs;

import java.util.List;

import org.assessor.archive.RunArchive;
import org.assessor.archive.RunSummary;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.assessor.serving.MethodologyRegistry;
import org.assessor.serving.ServingVersion;
import org.springframework.stereotype.Component;

/**
 * An archived run rated again from its stored input and methodology files, for what the archive does not
 * keep per rating (a league table needs each trust's attributes). The version serving now is used when it
 * is the run's own; otherwise the run's files are loaded and compiled afresh. Explanations are not recorded.
 */
@Component
final class Rerun {
    private final RunArchive archive;
    private final Runs runs;
    private final MethodologyRegistry registry;

    Rerun(RunArchive archive, Runs runs, MethodologyRegistry registry) {
        this.archive = archive;
        this.runs = runs;
        this.registry = registry;
    }

    record Result(Methodology methodology, List<Rating> ratings) {
    }

    Result of(RunSummary run) {
        RuleBase rules = serving(run);
        if (rules == null) {
            rules = RuleBase.compile(runs.methodologyOf(run));
        }
        RuleBase compiled = rules;
        return archive.withInputFile(run.id(), "input.csv", input -> {
            var assessments = new AssessmentReader(compiled.methodology(), run.period()).read(input);
            return new Result(compiled.methodology(), new Assessor(false).rate(compiled, assessments));
        });
    }

    /** The run's methodology as it was, without compiling it. */
    Methodology methodologyOf(RunSummary run) {
        RuleBase rules = serving(run);
        return rules != null ? rules.methodology() : runs.methodologyOf(run);
    }

    private RuleBase serving(RunSummary run) {
        try {
            ServingVersion serving = registry.current(run.methodology());
            return serving.version().equals(run.methodologyVersion()) ? serving.rules() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
