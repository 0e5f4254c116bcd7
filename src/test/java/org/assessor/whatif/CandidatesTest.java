package org.assessor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.Test;

/** Candidates with equal sector, period, attributes and inputs are rated once, and get the rating the engine gives. */
class CandidatesTest {

    @Test
    void equalCandidatesAreRatedOnceAndGetTheEnginesRating() {
        Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        RuleBase rules = Projects.SERVICE.rules(methodology);
        List<AssessmentInputs> published = new AssessmentReader(methodology).read(Projects.PUBLISHED_2003_04);
        List<AssessmentInputs> twice = new ArrayList<>(published);
        published.forEach(a -> twice.add(InputSpace.apply(a, List.of())));
        Candidates candidates = new Candidates(rules);

        List<Rating> rated = candidates.rate(twice);
        long distinct = published.stream().map(a -> a.assessment().getSector() + a.assessment().getAttributes() + a.inputs().stream()
                .map(i -> i.name() + "=" + i.value()).toList()).distinct().count();

        assertThat(distinct).as("distinct sectors, attributes and inputs of the 275 published rows").isEqualTo(220);
        assertThat(candidates.ratedCount()).isEqualTo(220);
        assertThat(candidates.rate(published)).hasSize(275);
        assertThat(candidates.ratedCount()).as("nothing rated again").isEqualTo(220);
        List<Rating> engine = new Assessor(false).rate(rules, twice);
        assertThat(rated).extracting(RatingOrder::text).containsExactlyElementsOf(engine.stream().map(RatingOrder::text).toList());
    }
}
