package org.assessor.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.assessor.Projects;
import org.assessor.assessment.Rating;
import org.assessor.rating.RatingService.Run;
import org.junit.jupiter.api.Test;

/** One trust's published values beside what was computed, as verify checks them and the explanation page shows them. */
class PublishedValueTest {

    @Test
    void aintreesPublishedStarRatingAndKeyTargetSummaryAreReproduced() {
        Run run = Projects.rate("star-ratings-2003-04", Projects.PUBLISHED_2003_04);
        Rating aintree = rating(run, "Aintree Hospitals NHS Trust", null);

        assertThat(PublishedValue.of(run.methodology(), aintree.assessment().getPublished(), aintree.results()))
                .extracting(PublishedValue::published, PublishedValue::result, PublishedValue::publishedValue,
                        PublishedValue::computedText, v -> v.reproduced(0))
                .containsExactly(tuple("key_target_summary", "key_target_summary", "pass", "pass", true),
                        tuple("rating", "rating", "3", "3", true));
    }

    @Test
    void aDomainScorePublishedRoundedDifferentlyIsReproducedOnlyWithinATolerance() {
        Run run = Projects.rate("oversight-framework-2025-26",
                Path.of("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv"));
        Rating trust = rating(run, "Herefordshire and Worcestershire Health and Care NHS Trust", "q1_2025_26");

        var values = PublishedValue.of(run.methodology(), trust.assessment().getPublished(), trust.results());

        assertThat(values).extracting(PublishedValue::published).containsExactly("OF4000", "OF4002", "OF4003", "OF4004", "OF4005",
                "OF5000", "OF5000.Rank", "OF5002", "OF5003", "OF5005");
        assertThat(values).filteredOn(v -> !v.reproduced(0)).singleElement().satisfies(finance -> {
            assertThat(finance.result()).isEqualTo("domain_score.finance_and_productivity");
            assertThat(finance.publishedValue()).isEqualTo("1.91");
            assertThat(finance.computedText()).isEqualTo("1.92");
            assertThat(finance.reproduced(0.01)).isTrue();
        });
    }

    private static Rating rating(Run run, String organisation, String period) {
        return run.ratings().stream().filter(r -> r.assessment().getOrganisation().equals(organisation))
                .filter(r -> period == null || period.equals(r.assessment().getPeriod())).findFirst().orElseThrow();
    }
}
