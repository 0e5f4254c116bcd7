package org.assessor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assessor.Projects;
import org.assessor.assessment.Rating;
import org.assessor.whatif.Margins.Margin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Margins read from the explanations of the published 2003/04 ratings. */
class MarginsTest {
    private static List<Rating> ratings;
    private static final Margins MARGINS = new Margins("star");

    @BeforeAll
    static void rateThePublishedData() {
        ratings = Projects.rate("star-ratings-2003-04", Projects.PUBLISHED_2003_04).ratings();
    }

    private static Rating of(String organisation) {
        return ratings.stream().filter(r -> r.assessment().getOrganisation().equals(organisation)).findFirst().orElseThrow();
    }

    @Test
    void keyTargetPointsAreMeasuredAgainstTheirBandAndTheScorecardAgainstTheThreeStarLevel() {
        List<Margin> margins = MARGINS.of(of("Aintree Hospitals NHS Trust"));

        assertThat(margins).extracting(Margin::text).containsExactly(
                "key_target_points 1 is 1 above key_target_summary.acute.pass.min (0)",
                "key_target_points 1 is at key_target_summary.acute.pass.max (1)",
                "balanced_scorecard_score 8 is at star_rating.pass.three_star_min_score.acute (8)");
    }

    @Test
    void parametersThatGiveTheRatingAreNotThresholds() {
        assertThat(ratings.stream().flatMap(r -> MARGINS.of(r).stream()))
                .isNotEmpty()
                .noneMatch(m -> m.parameter().endsWith("stars") || m.parameter().contains("clinical_governance"));
    }

    @Test
    void anOpenBandHasOnlyItsLowerEdge() {
        Rating fail = ratings.stream().filter(r -> "fail".equals(r.results().get("key_target_summary"))).findFirst().orElseThrow();

        assertThat(MARGINS.of(fail)).filteredOn(m -> m.result().equals("key_target_points")).singleElement()
                .satisfies(m -> assertThat(m.parameter()).endsWith(".fail.min"));
    }
}
