package org.assessor.rating;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.input.Assessments;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.output.ExplainedRating;
import org.assessor.output.RunInfo;
import org.assessor.rating.RatingPipeline.Recorded;
import org.assessor.rules.ParamReads;
import org.assessor.rules.ParamsAsRead;
import org.assessor.rules.RuleBase;

/**
 * Rates an input file with a methodology: compiled once per version, read as it is rated. Two ways in: a
 * whole run in memory, or each rating handed on as it is made.
 */
public final class RatingService {
    private final Methodologies methodologies;
    private final Map<String, RuleBase> compiled = new ConcurrentHashMap<>();
    private final Map<String, ParamReads> reads = new ConcurrentHashMap<>();

    public RatingService(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    public Methodologies methodologies() {
        return methodologies;
    }

    /**
     * Compiled rules for the methodology, reusing a compilation of the same rule files. A parameter whose
     * value does not fit how the rules read it is refused here, before any rule runs on it.
     */
    public RuleBase rules(Methodology methodology) {
        // by the whole version: what a rule reads depends on the configuration too (the sectors a variable ranges over)
        ParamsAsRead.check(methodology, reads.computeIfAbsent(methodology.version(), version -> ParamReads.of(methodology)),
                methodologies.home());
        RuleBase rules = compiled.computeIfAbsent(methodology.rulesVersion(), version -> RuleBase.compile(methodology));
        return rules.methodology() == methodology ? rules : rules.with(methodology);
    }

    /**
     * Every rating of the input, explained, in memory. The input's header is checked before the rules are
     * compiled, so that a bad input is reported at once.
     *
     * @param period the one period of a long input with periods to rate (its text, id or first word, e.g. Q1); null rates all
     */
    public Run rate(Methodology methodology, Path input, String period) {
        RunInfo info = RunInfo.of(methodology, input);
        List<Rating> ratings = new ArrayList<>();
        rate(methodology, input, period, true, ratings::add, Progress.NONE);
        return new Run(info, methodology, ratings);
    }

    /**
     * Rates as it reads, handing each rating to the sink in input order, so that memory stays flat
     * however large the input. The header is checked before the rules are compiled; a problem in a
     * row is thrown after the whole file is read, when some ratings may have been handed on already.
     *
     * @param explain whether ratings carry their steps
     */
    public void rate(Methodology methodology, Path input, String period, boolean explain, Consumer<Rating> sink,
                     Progress progress) {
        rate(methodology, input, period, explain ? Recorded.STEPS : Recorded.RESULTS, explained -> sink.accept(explained.rating()),
                progress);
    }

    /** As {@link #rate(Methodology, Path, String, boolean, Consumer, Progress)}, through the {@link RatingPipeline}. */
    public void rate(Methodology methodology, Path input, String period, Recorded recorded, Consumer<ExplainedRating> sink,
                     Progress progress) {
        try (Assessments assessments = new AssessmentReader(methodology, period).open(input)) {
            RatingPipeline.run(rules(methodology), assessments, recorded, sink, progress);
        }
    }

    /** The ratings of one input under one methodology version, with what was used to produce them. */
    public record Run(RunInfo info, Methodology methodology, List<Rating> ratings) {
    }
}
