package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assessor.Projects;
import org.assessor.explanation.Numbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2003/04 star ratings reproduce every published row: key-target summary and star rating. */
class PublishedRatingsTest {
    private static List<Rating> ratings;
    private static Map<String, CSVRecord> published;

    @BeforeAll
    static void rateThePublishedData() throws IOException {
        ratings = Projects.rate("star-ratings-2003-04", Projects.PUBLISHED_2003_04).ratings();
        published = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Projects.PUBLISHED_2003_04)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                published.put(row.get("organisation") + "|" + row.get("sector"), row);
            }
        }
    }

    @Test
    void everyPublishedRowIsRated() {
        assertThat(published).hasSize(275);
        assertThat(ratings).hasSize(275);
    }

    @Test
    void everyKeyTargetSummaryAndRatingMatchesThePublishedOne() {
        List<String> mismatches = new ArrayList<>();
        for (Rating rating : ratings) {
            CSVRecord row = published.get(rating.assessment().getOrganisation() + "|" + rating.assessment().getSector());
            String summary = String.valueOf(rating.results().get("key_target_summary"));
            String stars = Numbers.text(rating.value());
            if (!summary.equals(row.get("expected_key_target_summary")) || !stars.equals(row.get("expected_rating"))) {
                mismatches.add(rating.assessment() + ": " + summary + "/" + stars + " but published "
                        + row.get("expected_key_target_summary") + "/" + row.get("expected_rating"));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void ratingsComeBackInInputOrderWithTheirLines() {
        for (int i = 0; i < ratings.size(); i++) {
            assertThat(ratings.get(i).assessment().getLine()).isEqualTo(i + 2);
        }
    }
}
