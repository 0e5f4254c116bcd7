package org.assessor.rating;

import java.util.function.Consumer;
import java.util.function.Function;

import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.RuleSentence;
import org.assessor.input.Assessments;
import org.assessor.output.ExplainedRating;
import org.assessor.output.ExplanationHeader;
import org.assessor.output.ExplanationsJsonl;
import org.assessor.rules.RuleBase;

/**
 * The one way an input is rated, by {@code rate}, the web and replay: read, rate, and hand each rating to
 * the sinks in input order. Each explanation is serialised once, on the thread that rated it, as a line referring
 * to the run's header of parameters and rules; that one line is what {@code explanations.jsonl} and the run archive
 * both store.
 */
public final class RatingPipeline {
    private static final Assessor EXPLAINED = new Assessor(true);
    private static final Assessor UNEXPLAINED = new Assessor(false);

    /**
     * What a run records of each rating: its steps, and its explanation as a line of {@code explanations.jsonl}
     * (for a file or the archive), with each step's sentence in the line if {@code sentences}.
     */
    public record Recorded(boolean steps, boolean serialised, boolean sentences) {
        public static final Recorded RESULTS = new Recorded(false, false);
        public static final Recorded STEPS = new Recorded(true, false);
        public static final Recorded EVERYTHING = new Recorded(true, true);

        public Recorded(boolean steps, boolean serialised) {
            this(steps, serialised, false);
        }
    }

    private RatingPipeline() {
    }

    /**
     * Rates what is read as it is read, so that memory stays flat however large the input; a problem in a
     * row is thrown after the whole input is read, when some ratings may have been handed on already.
     */
    public static void run(RuleBase rules, Assessments input, Recorded recorded, Consumer<ExplainedRating> sink, Progress progress) {
        Function<Rating, ExplainedRating> finish = recorded.serialised()
                ? ExplanationsJsonl.serialiser(ExplanationHeader.of(rules.methodology(), RuleSentence.of(rules)), recorded.sentences())
                : rating -> new ExplainedRating(rating, null, null);
        (recorded.steps() ? EXPLAINED : UNEXPLAINED).rate(rules, input, finish, progress.after(sink, input));
    }
}
