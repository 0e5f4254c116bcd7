package org.assessor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Input;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.assessor.whatif.Fragility.Fragile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fragile ratings of the published 2003/04 data: one input one level up or down, statuses never moved to or from. */
class FragilityTest {
    private static Methodology methodology;
    private static RuleBase rules;
    private static List<AssessmentInputs> assessments;
    private static List<Rating> ratings;

    @BeforeAll
    static void rateThePublishedData() {
        methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        rules = Projects.SERVICE.rules(methodology);
        assessments = new AssessmentReader(methodology).read(Projects.PUBLISHED_2003_04);
        ratings = new Assessor().rate(rules, assessments);
    }

    @Test
    void theFragileMovesAreExactlyTheOneStepMovesThatChangeARating() {
        List<String> expected = new ArrayList<>();
        List<AssessmentInputs> moved = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (AssessmentInputs assessment : assessments) {
            for (Input input : assessment.inputs()) {
                // the levels: the domain's values without the statuses marked level: false
                var values = methodology.config().domains().get(methodology.inputs().get(input.name()).domain()).values();
                List<String> domain = values.keySet().stream().filter(v -> values.get(v) == null || values.get(v).isLevel()).toList();
                int at = domain.indexOf(input.value());
                if (at < 0) {
                    continue; // a status: no one-step move
                }
                for (int to = Math.max(0, at - 1); to <= Math.min(domain.size() - 1, at + 1); to++) {
                    if (to != at) {
                        moved.add(BruteForce.with(assessment, Map.of(input.name(), domain.get(to))));
                        described.add(assessment.assessment() + " " + input.name() + " " + input.value() + " " + domain.get(to));
                    }
                }
            }
        }
        List<Rating> rated = new Assessor().rate(rules, moved);
        Map<String, String> baseRating = new HashMap<>();
        ratings.forEach(r -> baseRating.put(r.assessment().toString(), Numbers.text(r.value())));
        for (int i = 0; i < moved.size(); i++) {
            String after = Numbers.text(rated.get(i).value());
            if (!after.equals(baseRating.get(moved.get(i).assessment().toString()))) {
                expected.add(described.get(i) + " " + after);
            }
        }

        List<Fragile> fragile = new Fragility(rules, RatingOrder.natural()).find(assessments, ratings);

        assertThat(fragile).extracting(f -> f.base().assessment() + " " + f.move().input() + " " + f.move().from() + " "
                + f.move().to() + " " + f.rating()).containsExactlyElementsOf(expected);
        assertThat(fragile).allSatisfy(f -> assertThat(f.raises())
                .isEqualTo(Double.parseDouble(f.rating()) > Double.parseDouble(Numbers.text(f.base().value()))));
        assertThat(new Fragility(rules, RatingOrder.natural()).moves(assessments)).isEqualTo(moved.size());
    }

    @Test
    void noInputIsMovedToOrFromAStatus() {
        List<Fragile> fragile = new Fragility(rules, RatingOrder.natural()).find(assessments, ratings);
        List<String> statuses = List.of("not_applicable", "data_not_available", "data_not_returned");

        assertThat(fragile).extracting(f -> f.move().from()).doesNotContainAnyElementsOf(statuses);
        assertThat(fragile).extracting(f -> f.move().to()).doesNotContainAnyElementsOf(statuses);
        assertThat(new Sensitivity.Result(methodology, Map.of(), null, ratings, List.of(), fragile, 0, "3", List.of(), 0, 0)
                .fragileRatings()).as("fragile of the 275 published ratings").hasSize(216);
    }

    @Test
    void aTrustOnTheEdgeOfItsBandIsFragileBothWays() {
        List<Fragile> fragile = new Fragility(rules, RatingOrder.natural()).find(assessments, ratings);

        // Aintree: 1 key-target point (the top of the acute pass band) and a balanced-scorecard score of 8 (the three-star level)
        List<Fragile> aintree = fragile.stream().filter(f -> f.base().assessment().getOrganisation().startsWith("Aintree")).toList();
        assertThat(aintree).isNotEmpty().allMatch(f -> !f.raises() && f.rating().equals("2"));
        assertThat(aintree).extracting(f -> f.move().toString()).contains("clinical_focus: medium -> low",
                "cancer_two_week_wait: achieved -> underachieved");
    }
}
