package org.assessor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.fact.Input;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Oversight Framework 2025/26 on NHS England's published file for the 61 mental health and
 * community trusts, Q1 and Q2: what it computes against what the file publishes.
 */
class OversightFrameworkTest {
    static final String ID = "oversight-framework-2025-26";
    static final Path DATA = Path.of("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv");

    static Methodology methodology;
    static List<AssessmentInputs> assessments;
    static List<Rating> computed;
    static List<Rating> fromPublishedAverage;

    @BeforeAll
    static void rate() {
        methodology = new Methodologies(Path.of("").toAbsolutePath()).load(ID);
        assessments = new AssessmentReader(methodology).read(DATA);
        RuleBase rules = RuleBase.compile(methodology);
        computed = new Assessor().rate(rules, assessments);
        fromPublishedAverage = new Assessor().rate(rules.with(WhatIf.apply(methodology, Map.of("average.source", "published"))), assessments);
    }

    @Test
    void readsEveryTrustQuarter() {
        assertThat(assessments).hasSize(122);
        assertThat(assessments).allSatisfy(s -> assertThat(s.assessment().getPublished()).containsKeys("OF5002", "OF5000", "OF5000.Rank"));
    }

    /**
     * 116 of the 122 averages are the published ones exactly. The other six are 0.01 away, as NHS England averages
     * the unrounded metric scores: Sheffield Health Partnership in Q1, and five trusts in Q2.
     */
    @Test
    void averageEqualsThePublishedOneFor116Of122AndWithinOneHundredthForAll() {
        int exact = 0;
        List<String> inexact = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (Rating rating : computed) {
            double published = published(rating, "OF5002");
            double average = ((Number) rating.results().get("average_score")).doubleValue();
            if (Math.abs(published - average) < 1e-9) {
                exact++;
            } else {
                inexact.add(rating.assessment().getOrganisation() + " " + rating.assessment().getPeriod());
                if (Math.abs(published - average) > 0.01 + 1e-9) {
                    off.add(rating.assessment() + ": " + average + " vs published " + published);
                }
            }
        }
        assertThat(off).isEmpty();
        assertThat(exact).isEqualTo(116);
        assertThat(inexact).containsExactlyInAnyOrder("Sheffield Health Partnership University NHS Foundation Trust q1_2025_26",
                "Bridgewater Community Healthcare NHS Foundation Trust q2_2025_26",
                "Cambridgeshire Community Services NHS Trust q2_2025_26",
                "Central and North West London NHS Foundation Trust q2_2025_26",
                "Derbyshire Community Health Services NHS Foundation Trust q2_2025_26",
                "Sussex Partnership NHS Foundation Trust q2_2025_26");
    }

    @Test
    void segmentsAndRankFromThePublishedAverageEqualThePublishedOnes() {
        List<String> differences = new ArrayList<>();
        for (Rating rating : fromPublishedAverage) {
            compare(rating, "unadjusted_segment", "OF5003", differences);
            compare(rating, "adjusted_segment", "OF5000", differences);
            compare(rating, "rating", "OF5005", differences);
            compare(rating, "league_rank", "OF5000.Rank", differences);
        }
        assertThat(differences).isEmpty();
    }

    /** The six averages 0.01 off the published ones move no trust across a segment's cut-off. */
    @Test
    void segmentsFromTheComputedAverageEqualThePublishedOnes() {
        List<String> differences = new ArrayList<>();
        for (Rating rating : computed) {
            compare(rating, "rating", "OF5005", differences);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void likelyRangesAreReproducibleWithTheSeed() {
        for (int i = 0; i < computed.size(); i++) {
            Map<String, Object> one = computed.get(i).results();
            Map<String, Object> two = fromPublishedAverage.get(i).results();
            assertThat(one.get("likely_range_of_average_score")).asString().matches("\\d\\.\\d{1,2} to \\d\\.\\d{1,2}");
            assertThat(one.get("likely_range_of_rank")).asString().matches("\\d+ to \\d+");
            assertThat(two.get("likely_range_of_average_score")).isEqualTo(one.get("likely_range_of_average_score"));
            assertThat(two.get("likely_range_of_rank")).isEqualTo(one.get("likely_range_of_rank"));
        }
    }

    /**
     * A firing that reads the whole peer group is explained with the trust it is about: the bootstrap with the
     * first trust of each quarter (the one its rule binds), each trust's what-if steps with that trust, though
     * they read another trust's rank and average.
     */
    @Test
    void stepsThatReadThePeerGroupStayWithTheTrustTheyConcern() {
        Map<String, Integer> firstLine = new HashMap<>();
        assessments.forEach(a -> firstLine.merge(a.assessment().getPeriod(), a.assessment().getLine(), Math::min));
        List<String> bootstraps = new ArrayList<>();
        for (Rating rating : computed) {
            for (var step : rating.steps()) {
                if (step.rule().startsWith("Likely ranges come from a seeded bootstrap")) {
                    bootstraps.add(rating.assessment().getPeriod() + " line " + rating.assessment().getLine());
                }
                if (step.rule().startsWith("What-if:")) {
                    assertThat(step.outcomes()).as(step.rule()).isNotEmpty().allSatisfy(o -> assertThat(rating.results()).containsKey(o.name()));
                }
            }
        }
        assertThat(bootstraps).containsExactlyInAnyOrder(firstLine.entrySet().stream()
                .map(e -> e.getKey() + " line " + e.getValue()).toArray(String[]::new));
        assertThat(computed).filteredOn(r -> r.results().containsKey("places_up_improvements"))
                .allSatisfy(r -> assertThat(r.steps()).extracting(s -> s.rule()).anyMatch(rule -> rule.contains("up N places")));
    }

    /**
     * The staff-survey scores from raw values with competition ranks among the 61 trusts: exact wherever the
     * raw value is not tied; a tie shares the best rank here, while NHS England breaks ties by the unrounded
     * survey scores it does not publish, so a tied trust's published score lies within the tie's span. Exact:
     * OF1061 108 of 122 and OF1084 80 of 122, every other one a tied raw value.
     */
    @Test
    void staffSurveyScoresRecomputedFromRawValues() {
        Map<String, Integer> exactly = Map.of("OF1061", 108, "OF1084", 80);
        for (String metric : List.of("OF1061", "OF1084")) {
            String raw = "OF0" + metric.substring(3);
            int exact = 0;
            int total = 0;
            for (Rating rating : computed) {
                AssessmentInputs assessment = assessment(rating);
                double value = input(assessment, raw);
                long tied = assessments.stream().filter(s -> s.assessment().getPeriod().equals(assessment.assessment().getPeriod())
                        && inputOrNaN(s, raw) == value).count();
                double score = computedScore(rating, metric);
                double published = input(assessment, metric);
                total++;
                if (Math.abs(score - published) < 1e-9) {
                    exact++;
                } else {
                    assertThat(tied).as(rating.assessment() + " " + metric).isGreaterThan(1);
                    assertThat(published).as(rating.assessment() + " " + metric).isBetween(score, score + 0.05 * (tied - 1) + 1e-9);
                }
                if (tied == 1) {
                    assertThat(score).as(rating.assessment() + " " + metric).isEqualTo(published);
                }
            }
            assertThat(total).isEqualTo(122);
            assertThat(exact).as(metric + " exact").isEqualTo(exactly.get(metric));
        }
    }

    private static double computedScore(Rating rating, String metric) {
        return rating.steps().stream().flatMap(step -> step.outcomes().stream())
                .filter(o -> o.name().equals("computed." + metric))
                .mapToDouble(o -> ((Number) o.value()).doubleValue()).findFirst().orElseThrow();
    }

    private static AssessmentInputs assessment(Rating rating) {
        return assessments.stream().filter(s -> s.assessment() == rating.assessment()).findFirst().orElseThrow();
    }

    private static double input(AssessmentInputs assessment, String name) {
        return assessment.inputs().stream().filter(i -> i.name().equals(name)).map(Input::number).findFirst().orElseThrow();
    }

    private static double inputOrNaN(AssessmentInputs assessment, String name) {
        return assessment.inputs().stream().filter(i -> i.name().equals(name)).map(Input::number).findFirst().orElse(Double.NaN);
    }

    private static double published(Rating rating, String id) {
        return Double.parseDouble(rating.assessment().getPublished().get(id));
    }

    private static void compare(Rating rating, String result, String published, List<String> differences) {
        Object value = rating.results().get(result);
        double expected = published(rating, published);
        if (value == null || Math.abs(((Number) value).doubleValue() - expected) > 1e-9) {
            differences.add(rating.assessment() + " " + result + " " + value + " vs published " + published + " " + expected);
        }
    }
}
