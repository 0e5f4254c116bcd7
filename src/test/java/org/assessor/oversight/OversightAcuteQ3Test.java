package org.assessor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rating from published results: the 65 acute trusts of NHS England's Q3 2025/26 files that the part file holds
 * carry their average metric score (OF5002) and deficit flag (OF5004) but no metric score, so their segments and
 * league ranks come from the published averages, cut with the acute Q3 cut-offs derived from this file.
 */
class OversightAcuteQ3Test {
    static final Path SUMMARY = Path.of("data/nof-2025-26/acute-trust-summary-q3-2025-26-part.csv");
    static final Path LONG = Path.of("data/nof-2025-26/acute-trust-data-q3-2025-26-part.csv");

    static List<Map<String, String>> summary;
    static List<AssessmentInputs> assessments;
    static List<Rating> ratings;

    @BeforeAll
    static void rate() throws IOException {
        summary = PartFiles.rows(SUMMARY);
        Methodology methodology = new Methodologies(Path.of("").toAbsolutePath()).load(OversightFrameworkTest.ID);
        assessments = new AssessmentReader(methodology).read(LONG);
        ratings = new Assessor().rate(RuleBase.compile(methodology), assessments);
    }

    @Test
    void theLongFileHoldsTheSummaryFilesAveragesSegmentsRanksAndDeficitFlagsValueForValue() {
        assertThat(summary).hasSize(65);
        assertThat(assessments).hasSize(65);
        List<String> differences = new ArrayList<>();
        for (Map<String, String> row : summary) {
            AssessmentInputs trust = assessments.stream().filter(a -> row.get("org_code").equals(a.assessment().getAttributes().get("Trust_code")))
                    .findFirst().orElseThrow();
            Map<String, String> published = trust.assessment().getPublished();
            same(row, "overall_avg_metric_score", published.get("OF5002"), differences);
            same(row, "league_avg_score", published.get("OF5002"), differences);
            same(row, "overall_adjusted_segment", published.get("OF5000"), differences);
            same(row, "league_segment", published.get("OF5000"), differences);
            same(row, "league_rank", published.get("OF5000.Rank"), differences);
            same(row, "acute_league_in_deficit_flag", String.valueOf(trust.inputs().stream()
                    .filter(i -> i.name().equals("OF5004")).findFirst().orElseThrow().number()), differences);
            assertThat(trust.assessment().getSector()).isEqualTo("acute_trust");
            assertThat(trust.assessment().getPeriod()).isEqualTo("q3_2025_26");
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyTrustIsRatedFromItsPublishedAverageBecauseTheFileHasNoMetricScore() {
        long fromPublished = ratings.stream().filter(r -> r.steps().stream()
                .anyMatch(s -> s.rule().equals("A trust without metric scores is segmented by its published average metric score"))).count();
        assertThat(fromPublished).isEqualTo(65);
    }

    @Test
    void adjustedSegmentsEqualThePublishedOnesFor65Of65() {
        int same = 0;
        for (Rating rating : ratings) {
            double published = Double.parseDouble(rating.assessment().getPublished().get("OF5000"));
            same += ((Number) rating.results().get("adjusted_segment")).doubleValue() == published ? 1 : 0;
            assertThat(rating.results().get("rating")).isEqualTo(rating.results().get("adjusted_segment"));
        }
        assertThat(same).isEqualTo(65);
    }

    /**
     * What is reproduced of the ranks: the relative order of the file's 65 trusts. The published ranks are among all
     * the acute trusts of the quarter (up to 133 in this file), of which the file has 65, so no absolute rank can be
     * recomputed (verify reports 0 of 65). For every pair of the file's trusts (65 x 64 / 2 = 2,080) the ranks computed
     * among them from segment and average compare the same way (better, equal or worse) as the published ranks.
     */
    @Test
    void everyPairOfTheFilesTrustsIsInThePublishedOrderTiesIncludedFor2080Of2080() {
        int pairs = 0;
        int same = 0;
        for (int i = 0; i < ratings.size(); i++) {
            for (int j = i + 1; j < ratings.size(); j++) {
                pairs++;
                same += Integer.signum(Double.compare(rank(ratings.get(i)), rank(ratings.get(j))))
                        == Integer.signum(Double.compare(publishedRank(ratings.get(i)), publishedRank(ratings.get(j)))) ? 1 : 0;
            }
        }
        assertThat(pairs).isEqualTo(2080);
        assertThat(same).isEqualTo(2080);
    }

    /**
     * The same order stated as ranks: a trust's rank among the file's trusts equals its published rank renumbered among
     * them (1 + the file's trusts with a better published rank); equal published ranks (three trusts at 78, two at 83,
     * ...) stay equal. The difference, published rank minus this one, is how many trusts outside the file NHS England
     * ranked above the trust: it never falls down the table and stays within the 134 - 65 = 69 trusts not in the file
     * (2 above the file's best trust, 68 above its worst), as it must if the file is a part of one table so ordered.
     */
    @Test
    void leagueRanksAmongTheFilesTrustsArePublishedRanksRenumberedFor65Of65() {
        List<Double> publishedRanks = ratings.stream().map(OversightAcuteQ3Test::publishedRank).toList();
        int same = 0;
        for (int i = 0; i < ratings.size(); i++) {
            double own = publishedRanks.get(i);
            long renumbered = 1 + publishedRanks.stream().filter(rank -> rank < own).count();
            same += rank(ratings.get(i)) == renumbered ? 1 : 0;
        }
        assertThat(same).isEqualTo(65);
        List<Double> outsideAbove = ratings.stream().sorted(java.util.Comparator.comparingDouble(OversightAcuteQ3Test::rank))
                .map(r -> publishedRank(r) - rank(r)).toList();
        assertThat(outsideAbove).isSorted();
        assertThat(outsideAbove.get(0)).isEqualTo(2.0);
        assertThat(outsideAbove.get(64)).isEqualTo(68.0);
    }

    private static double rank(Rating rating) {
        return ((Number) rating.results().get("league_rank")).doubleValue();
    }

    private static double publishedRank(Rating rating) {
        return Double.parseDouble(rating.assessment().getPublished().get("OF5000.Rank"));
    }

    @Test
    void theSegmentCountsAreThoseOfThePartFile() {
        Map<Object, Integer> counts = new HashMap<>();
        ratings.forEach(r -> counts.merge(r.results().get("adjusted_segment"), 1, Integer::sum));
        assertThat(counts).containsOnly(Map.entry(1, 8), Map.entry(2, 3), Map.entry(3, 38), Map.entry(4, 16));
    }

    private static void same(Map<String, String> row, String column, String value, List<String> differences) {
        if (value == null || Double.parseDouble(row.get(column)) != Double.parseDouble(value)) {
            differences.add(row.get("org_code") + " " + column + " " + row.get(column) + " vs " + value);
        }
    }

    /** Reads the small CSV files of published tables, with quoted values, into rows keyed by heading. */
    static final class PartFiles {
        private PartFiles() {
        }

        static List<Map<String, String>> rows(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = split(lines.get(0).replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> values = split(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                rows.add(row);
            }
            return rows;
        }

        private static List<String> split(String line) {
            List<String> values = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    values.add(value.toString());
                    value.setLength(0);
                } else {
                    value.append(c);
                }
            }
            values.add(value.toString());
            return values;
        }
    }
}
