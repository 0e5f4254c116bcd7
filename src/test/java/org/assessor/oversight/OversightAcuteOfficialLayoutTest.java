package org.assessor.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodologies;
import org.assessor.methodology.Methodology;
import org.assessor.system.ProblemException;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acute file in NHS England's long layout (the columns of the mental health and community files) with the
 * acute metric ids the sources give (OF0023, OF0106 and its score OF1106) and the shared ones (OF0082, OF1067,
 * OF1079, OF1081, the flags). The four trusts and their values are synthetic and the file carries no published
 * result, so every number below is worked out by hand from the file.
 */
class OversightAcuteOfficialLayoutTest {
    static final Path FILE = Path.of("src/test/resources/oversight/acute-trust-data-official-layout-synthetic.csv");

    static Methodology methodology;
    static List<AssessmentInputs> assessments;
    static Map<String, Rating> byTrust;

    @TempDir
    Path folder;

    @BeforeAll
    static void rate() {
        methodology = new Methodologies(Path.of("").toAbsolutePath()).load(OversightFrameworkTest.ID);
        assessments = new AssessmentReader(methodology).read(FILE);
        byTrust = new Assessor().rate(RuleBase.compile(methodology), assessments).stream()
                .collect(Collectors.toMap(r -> r.assessment().attribute("Trust_code"), r -> r));
    }

    @Test
    void everyRowIsReadAsAnAcuteTrustOfQ3() {
        assertThat(assessments).hasSize(4);
        assertThat(assessments).allSatisfy(a -> {
            assertThat(a.assessment().getSector()).isEqualTo("acute_trust");
            assertThat(a.assessment().getPeriod()).isEqualTo("q3_2025_26");
            assertThat(a.inputs()).extracting(i -> i.name())
                    .containsExactlyInAnyOrder("OF0023", "OF0106", "OF1106", "OF0082", "OF1067", "OF1079", "OF1081", "OF5004", "OF5007");
        });
    }

    /**
     * OF1023 ranks OF0023 high to low (70, 60, 50, 40 give 1, 2, 3, 4), OF1082 ranks sickness low to high (4.0 ... 6.0
     * likewise), OF1106 and OF1067 are the published scores, OF1080 the combined-finance lookup of OF1079 and OF1081
     * (1/1 gives 1, 1/3 gives 2, 3/2 gives 3, 1/2 gives 1). Averages: SA1 (1 + 1.5 + 1 + 2 + 1) / 5 = 1.30, SA2
     * (2 + 2 + 2 + 1 + 2) / 5 = 1.80, SA3 (3 + 2.5 + 3 + 2 + 3) / 5 = 2.70, SA4 (4 + 1 + 4 + 3 + 1) / 5 = 2.60; the
     * acute Q3 cut-offs (2.06, 2.32, 2.66) give segments 1, 1, 4, 3, and SA2's deficit holds it in segment 3.
     */
    @Test
    void theAveragesSegmentsOverrideAndLeagueRanksAreThoseWorkedOutByHand() {
        assertThat(summary("SA1")).isEqualTo("1.3 1/1 rank 1");
        assertThat(summary("SA2")).isEqualTo("1.8 1/3 rank 2");
        assertThat(summary("SA4")).isEqualTo("2.6 3/3 rank 3");
        assertThat(summary("SA3")).isEqualTo("2.7 4/4 rank 4");
    }

    @Test
    void theSourcedMetricsAreScoredAsTheirModelsSay() {
        Rating first = byTrust.get("SA1");
        assertThat(first.steps()).extracting(s -> s.rule()).contains(
                "A ranked metric scores from best to worst by competition rank among the trusts of its type and quarter",
                "The published score of a metric is used when the file gives one");
        // access to services: OF1023 and OF1106
        assertThat(((Number) first.results().get("domain_score.access_to_services")).doubleValue()).isEqualTo(1.25);
        assertThat(((Number) byTrust.get("SA4").results().get("domain_score.access_to_services")).doubleValue()).isEqualTo(2.5);
    }

    @Test
    void anAcuteMetricIdTheSourcesDoNotGiveIsRefusedWithItsLine() throws IOException {
        Path file = folder.resolve("acute.csv");
        List<String> lines = Files.readAllLines(FILE);
        lines.add(lines.get(1).replace(",OF0023,", ",OF0999,"));
        Files.write(file, lines);

        ProblemException e = catchThrowableOfType(ProblemException.class, () -> new AssessmentReader(methodology).read(file));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).line()).isEqualTo(lines.size());
        assertThat(e.problems().get(0).message()).contains("unknown metric 'OF0999'");
    }

    private static String summary(String code) {
        Map<String, Object> results = byTrust.get(code).results();
        return ((Number) results.get("average_score")).doubleValue() + " " + results.get("unadjusted_segment") + "/"
                + results.get("adjusted_segment") + " rank " + results.get("league_rank");
    }
}
