package org.assessor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.WhatIf;
import org.assessor.output.TablesCsv;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Movement on NHS England's Q1-Q2 file for the 61 mental health and community trusts: each trust's Q2 segment
 * and rank against its Q1 ones, the same trust being the same trust code.
 */
class OversightMovementTest {
    static Methodology methodology;
    static List<Rating> ratings;

    @BeforeAll
    static void rate() {
        methodology = new Methodologies(Path.of("").toAbsolutePath()).load(OversightFrameworkTest.ID);
        ratings = new Assessor().rate(RuleBase.compile(methodology), new AssessmentReader(methodology).read(OversightFrameworkTest.DATA));
    }

    /** Rated from the published averages, every segment and rank is the published one, and so is every movement. */
    @Test
    void everyQ2TrustMovesByItsPublishedQ1SegmentAndRankLessItsQ2OnesFor61Of61() {
        RuleBase rules = RuleBase.compile(methodology).with(WhatIf.apply(methodology, Map.of("average.source", "published")));
        List<Rating> fromPublished = new Assessor().rate(rules, new AssessmentReader(methodology).read(OversightFrameworkTest.DATA));
        int checked = 0;
        for (Rating q2 : quarter(fromPublished, "q2_2025_26")) {
            Rating q1 = sameTrust(quarter(fromPublished, "q1_2025_26"), q2);
            int segment1 = published(q1, "OF5000");
            int rank1 = published(q1, "OF5000.Rank");
            assertThat(q2.results()).as(q2.assessment().toString())
                    .containsEntry("previous_segment", segment1).containsEntry("previous_rank", rank1)
                    .containsEntry("segment_movement", segment1 - published(q2, "OF5000"))
                    .containsEntry("rank_movement", rank1 - published(q2, "OF5000.Rank"));
            checked++;
        }
        assertThat(checked).isEqualTo(61);
    }

    /** Rated from the metric scores, a trust's movement is its computed Q1 segment and rank less its Q2 ones. */
    @Test
    void everyQ2TrustMovesByItsQ1SegmentAndRankLessItsQ2OnesFor61Of61() {
        int checked = 0;
        for (Rating q2 : quarter(ratings, "q2_2025_26")) {
            Rating q1 = sameTrust(quarter(ratings, "q1_2025_26"), q2);
            assertThat(q2.results()).as(q2.assessment().toString())
                    .containsEntry("previous_segment", q1.results().get("adjusted_segment"))
                    .containsEntry("previous_rank", q1.results().get("league_rank"))
                    .containsEntry("segment_movement", (Integer) q1.results().get("adjusted_segment") - (Integer) q2.results().get("adjusted_segment"))
                    .containsEntry("rank_movement", (Integer) q1.results().get("league_rank") - (Integer) q2.results().get("league_rank"));
            checked++;
        }
        assertThat(checked).isEqualTo(61);
    }

    @Test
    void theMovementStepIsInTheExplanationOfTheLaterQuarterOnly() {
        String rule = "Movement: segments and places moved up since the previous quarter";
        assertThat(quarter(ratings, "q2_2025_26")).allSatisfy(r -> assertThat(r.steps()).filteredOn(s -> s.rule().equals(rule)).hasSize(1));
        assertThat(quarter(ratings, "q1_2025_26")).allSatisfy(r -> assertThat(r.steps()).noneMatch(s -> s.rule().equals(rule)));
    }

    @Test
    void aQuarterWhosePreviousQuarterIsNotInTheFileHasNoMovement() {
        List<Rating> q1 = quarter(ratings, "q1_2025_26");
        assertThat(q1).hasSize(61);
        assertThat(q1).allSatisfy(r -> assertThat(r.results()).doesNotContainKeys("previous_segment", "previous_rank",
                "segment_movement", "rank_movement"));
    }

    @Test
    void theLeagueTableHasTheMovementColumnsFilledForTheQ2RowsOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablesCsv.write(methodology, TablesCsv.tables(methodology).get("league-table.csv"), ratings, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).endsWith(",Final_segment,Previous_segment,Segment_movement,Previous_rank,Rank_movement");
        assertThat(lines).hasSize(123);
        assertThat(lines.stream().filter(l -> l.startsWith("Q1 2025/26,") && l.endsWith(",,,,"))).hasSize(61);
        assertThat(lines.stream().filter(l -> l.startsWith("Q2 2025/26,") && l.matches(".*,\\d,-?\\d,\\d+,-?\\d+"))).hasSize(61);
    }

    private static List<Rating> quarter(List<Rating> ratings, String period) {
        return ratings.stream().filter(r -> r.assessment().getPeriod().equals(period)).toList();
    }

    private static Rating sameTrust(List<Rating> quarter, Rating trust) {
        return quarter.stream().filter(r -> r.assessment().attribute("Trust_code").equals(trust.assessment().attribute("Trust_code")))
                .findFirst().orElseThrow();
    }

    private static int published(Rating rating, String id) {
        return (int) Double.parseDouble(rating.assessment().getPublished().get(id));
    }
}
