package org.assessor.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.assessor.Projects;
import org.assessor.rating.RatingService.Run;
import org.junit.jupiter.api.Test;

/** verify: every published value recomputed, each discrepancy with both values. */
class VerifierTest {

    @Test
    void reproducesEveryPublished2003RatingAndKeyTargetSummary() {
        Run run = Projects.rate("star-ratings-2003-04", Path.of("data/star-ratings-2003-04-published.csv"));
        Verifier.Report report = Verifier.verify(run.methodology(), run.ratings());

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.tallies()).extracting(Verifier.Tally::published).contains("rating", "key_target_summary");
        assertThat(report.tallies()).allSatisfy(t -> assertThat(t.checked()).isEqualTo(t.matched()).isPositive());
    }

    @Test
    void reportsTheOversightFrameworkFilesDiscrepanciesWithBothValues() {
        Run run = Projects.rate("oversight-framework-2025-26",
                Path.of("data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv"));
        Verifier.Report report = Verifier.verify(run.methodology(), run.ratings());
        Map<String, Verifier.Tally> tallies = report.tallies().stream()
                .collect(Collectors.toMap(Verifier.Tally::published, t -> t));

        assertThat(tallies.get("OF5002").checked()).isEqualTo(122);
        assertThat(tallies.get("OF5002").matched()).isEqualTo(116);
        // as docs/oversight-framework-2025-26.md reports: segments exact; the average 116 of 122 (NHS England averages
        // unrounded scores) and the rank 118; the domain scores, context only, less often
        assertThat(report.tallies()).extracting(Verifier.Tally::published, Verifier.Tally::matched, Verifier.Tally::checked)
                .containsExactly(tuple("OF4000", 100, 116), tuple("OF4002", 109, 122), tuple("OF4003", 89, 122),
                        tuple("OF4004", 98, 122), tuple("OF4005", 112, 119), tuple("OF5000", 122, 122),
                        tuple("OF5000.Rank", 118, 122), tuple("OF5002", 116, 122), tuple("OF5003", 122, 122),
                        tuple("OF5005", 122, 122));
        assertThat(tallies.get("OF5005").matched()).isEqualTo(122);
        assertThat(report.discrepancies()).allSatisfy(d -> assertThat(d.toString()).contains("published", "computed"));
        assertThat(report.discrepancies()).filteredOn(d -> d.published().equals("OF5002"))
                .allSatisfy(d -> assertThat(Math.abs(Double.parseDouble(d.publishedValue()) - Double.parseDouble(d.computedValue())))
                        .isLessThanOrEqualTo(0.01 + 1e-9));
    }
}
