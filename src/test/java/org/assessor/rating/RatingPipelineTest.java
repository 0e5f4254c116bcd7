package org.assessor.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.explanation.StepText;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.output.ExplainedRating;
import org.assessor.output.ExplanationsJson;
import org.assessor.rating.RatingPipeline.Recorded;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.Test;

/** The one rating path: ratings in input order, each explanation serialised once on the threads that rate. */
class RatingPipelineTest {
    private final Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");

    @Test
    void everyRatingComesInInputOrderWithItsExplanationSerialisedOnce() {
        List<ExplainedRating> explained = new ArrayList<>();

        Projects.SERVICE.rate(methodology, Projects.PUBLISHED_2003_04, null, Recorded.EVERYTHING, explained::add, Progress.NONE);

        List<AssessmentInputs> read = new AssessmentReader(methodology).read(Projects.PUBLISHED_2003_04);
        assertThat(explained).hasSize(275);
        StepText text = new StepText(methodology.labels());
        for (int i = 0; i < 275; i++) {
            Rating rating = explained.get(i).rating();
            assertThat(rating.assessment().getLine()).isEqualTo(read.get(i).assessment().getLine());
            assertThat(explained.get(i).rendered()).isEqualTo(ExplanationsJson.toJson(rating, text));
            assertThat(explained.get(i).header()).isSameAs(explained.get(0).header());
        }
        assertThat(explained).allSatisfy(e -> assertThat(e.rating().steps()).isNotEmpty());
    }

    @Test
    void withoutExplanationsNothingIsRecordedOrSerialised() {
        List<ExplainedRating> explained = new ArrayList<>();

        Projects.SERVICE.rate(methodology, Projects.PUBLISHED_2003_04, null, Recorded.RESULTS, explained::add, Progress.NONE);

        assertThat(explained).hasSize(275).allSatisfy(e -> {
            assertThat(e.json()).isNull();
            assertThat(e.rating().steps()).isEmpty();
        });
    }

    @Test
    void theFinishingWorkRunsOnTheRatingThreadsAndItsResultsComeInOrder() {
        RuleBase rules = Projects.SERVICE.rules(methodology);
        List<AssessmentInputs> read = new AssessmentReader(methodology).read(Projects.PUBLISHED_2003_04);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> lines = new ArrayList<>();

        new Assessor(false, 10).rate(rules, read.iterator(), rating -> {
            threads.add(Thread.currentThread().getName());
            return rating.assessment().getLine();
        }, lines::add);

        assertThat(lines).containsExactlyElementsOf(read.stream().map(a -> a.assessment().getLine()).toList());
        assertThat(threads).isNotEmpty().allMatch(name -> name.equals("assessor-rating"));
    }
}
