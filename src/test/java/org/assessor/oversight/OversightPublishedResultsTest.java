package org.assessor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of published results only (average, deficit and Recovery Support Programme flags, no metric score), in NHS
 * England's long layout: segments, the override, segment 5 and ranks follow from the published averages.
 */
class OversightPublishedResultsTest {
    private static final String HEADER = "Quarter,Region,Trust_type,Trust_subtype,Trust_code,Trust_name,Domain,Sub-domain,Metric_ID,"
            + "Metric_description,Reporting_date,Units,Value,Median_value,Lower_quartile,Upper_quartile,Rank\n";

    @TempDir
    Path folder;

    @Test
    void thePublishedAverageAndFlagsGiveTheSegmentsTheOverrideSegmentFiveAndTheRank() throws IOException {
        Path file = folder.resolve("published.csv");
        Files.writeString(file, HEADER
                + trust("A1", "1.9", "0", "0") + trust("A2", "1.8", "1", "0") + trust("A3", "2.5", "0", "1") + trust("A4", "2.8", "0", "0"));
        Methodology methodology = new Methodologies(Path.of("").toAbsolutePath()).load(OversightFrameworkTest.ID);
        List<Rating> ratings = new Assessor().rate(RuleBase.compile(methodology), new AssessmentReader(methodology).read(file));

        Map<String, String> byTrust = ratings.stream().collect(Collectors.toMap(r -> r.assessment().attribute("Trust_code"),
                r -> r.results().get("unadjusted_segment") + "/" + r.results().get("adjusted_segment") + "/" + r.results().get("rating")
                        + " rank " + r.results().get("league_rank")));
        // acute Q3 cut-offs 2.06, 2.32, 2.66: A2 is held in segment 3 by the override, A3 is in the programme (segment 5)
        assertThat(byTrust).containsOnly(Map.entry("A1", "1/1/1 rank 1"), Map.entry("A2", "1/3/3 rank 2"),
                Map.entry("A3", "3/3/5 rank 3"), Map.entry("A4", "4/4/4 rank 4"));
        assertThat(ratings).allSatisfy(r -> assertThat(r.results()).doesNotContainKeys("next_segment_improvements", "places_up_improvements"));
    }

    private static String trust(String code, String average, String deficit, String programme) {
        String start = "Q3 2025/26,London,Acute trust,Acute - Teaching," + code + ",Trust " + code + ",Summary,Summary,";
        return start + "OF5002,Average metric score,Q3 2025/26,score," + average + ",,,,\n"
                + start + "OF5004,Financial override,Q3 2025/26,flag," + deficit + ",,,,\n"
                + start + "OF5007,Is the organisation in the Recovery Support Programme?,Q3 2025/26,flag," + programme + ",,,,\n";
    }
}
