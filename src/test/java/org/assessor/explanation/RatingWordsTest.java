package org.assessor.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.Projects;
import org.assessor.methodology.Methodology;
import org.junit.jupiter.api.Test;

/** A rating in its methodology's words, as explain and the explanation page show it. */
class RatingWordsTest {

    @Test
    void aStarRatingCountsItsStars() {
        Methodology stars = Projects.SERVICE.methodologies().load("star-ratings-2003-04");

        assertThat(RatingWords.label(stars)).isEqualTo("Star rating");
        assertThat(RatingWords.value(stars, "3")).isEqualTo("3 stars");
        assertThat(RatingWords.value(stars, "1")).isEqualTo("1 star");
        assertThat(RatingWords.value(stars, "0")).isEqualTo("0 stars");
    }

    @Test
    void aFinalSegmentIsNotCountedInSegmentsAsItsLabelNamesTheUnit() {
        Methodology nof = Projects.SERVICE.methodologies().load("oversight-framework-2025-26");

        assertThat(RatingWords.label(nof)).isEqualTo("Final segment");
        assertThat(RatingWords.value(nof, "3")).isEqualTo("3");
    }

    @Test
    void aRatingWithoutAUnitIsItsValue() {
        Methodology healthCheck = Projects.SERVICE.methodologies().load("annual-health-check-2005-06");

        assertThat(RatingWords.label(healthCheck)).isEqualTo("Quality of services rating");
        assertThat(RatingWords.value(healthCheck, "good")).isEqualTo("good");
    }
}
