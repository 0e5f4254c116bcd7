package org.assessor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.assessor.Projects;
import org.assessor.SpecModel;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.assessor.whatif.Counterfactuals.Counterfactual;
import org.assessor.whatif.Counterfactuals.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smallest change that raises a rating, on the ambulance and mental health trusts of the published 2003/04 data. */
class CounterfactualsTest {
    private static final Set<String> SECTORS = Set.of("ambulance", "mental_health");
    private static RuleBase rules;
    private static List<AssessmentInputs> assessments;
    private static List<Counterfactual> found;

    @BeforeAll
    static void searchTheAmbulanceAndMentalHealthTrusts() {
        Methodology methodology = Projects.SERVICE.methodologies().load("star-ratings-2003-04");
        rules = Projects.SERVICE.rules(methodology);
        List<AssessmentInputs> all = new AssessmentReader(methodology).read(Projects.PUBLISHED_2003_04);
        List<Rating> ratings = new Assessor().rate(rules, all);
        assessments = all.stream().filter(s -> SECTORS.contains(s.assessment().getSector())).toList();
        Counterfactuals search = new Counterfactuals(rules, RatingOrder.natural(), 3);
        found = search.search(assessments, ratings.stream().filter(r -> SECTORS.contains(r.assessment().getSector())).toList(),
                search.highest(ratings));
    }

    @Test
    void everyTrustBelowThreeStarsHasAChangeOfAtMostThreeInputsThatRaisesIt() {
        assertThat(found).hasSize(83);
        assertThat(found).allSatisfy(c -> assertThat(c.status())
                .isEqualTo(RatingOrder.text(c.base()).equals("3") ? Status.HIGHEST : Status.FOUND));
        assertThat(found).filteredOn(c -> c.status() == Status.FOUND).extracting(c -> c.moves().size())
                .contains(1, 2, 3).allMatch(n -> n <= 3);
    }

    @Test
    void theSuggestedChangeAppliedToTheInputFileReachesTheHigherRating(@TempDir Path dir) throws IOException {
        List<CSVRecord> rows = SpecModel.rows(Projects.PUBLISHED_2003_04);
        Map<String, Counterfactual> byTrust = new HashMap<>();
        found.stream().filter(c -> c.status() == Status.FOUND).forEach(c -> byTrust.put(c.base().assessment().toString(), c));
        Path changed = dir.resolve("changed.csv");
        try (Writer writer = Files.newBufferedWriter(changed);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(rows.get(0).getParser().getHeaderNames());
            for (CSVRecord row : rows) {
                Map<String, String> cells = new LinkedHashMap<>(row.toMap());
                Counterfactual c = byTrust.get(SpecModel.key(row));
                if (c != null) {
                    c.moves().forEach(move -> {
                        assertThat(cells.get(move.input())).isEqualTo(move.from());
                        cells.put(move.input(), move.to());
                    });
                }
                csv.printRecord(cells.values());
            }
        }

        List<Rating> rerated = Projects.rate("star-ratings-2003-04", changed).ratings();

        assertThat(byTrust).as("the 83 below three stars but for 21 at three stars").hasSize(62);
        for (Rating rating : rerated) {
            Counterfactual c = byTrust.get(rating.assessment().toString());
            if (c != null) {
                assertThat(RatingOrder.text(rating)).as(rating.assessment().toString()).isEqualTo(c.rating());
                assertThat(RatingOrder.natural().higher(c.rating(), RatingOrder.text(c.base()))).isTrue();
            }
        }
    }

    @Test
    void noSmallerChangeRaisesTheRatingAndTheSuggestionIsTheSmallestOfItsSize() {
        BruteForce brute = new BruteForce(rules);
        InputSpace space = new InputSpace(rules.methodology());
        int checked = 0;
        for (int i = 0; i < assessments.size(); i++) {
            Counterfactual c = found.get(i);
            AssessmentInputs assessment = assessments.get(i);
            boolean small = assessment.assessment().getSector().equals("ambulance");
            if (c.status() != Status.FOUND || !(small || c.moves().size() >= 2)) {
                continue;
            }
            String base = RatingOrder.text(c.base());
            for (int size = 1; size < c.moves().size(); size++) {
                assertThat(brute.changes(assessment, size)).as(c.base().assessment() + ", " + size + " changes")
                        .noneMatch(o -> RatingOrder.natural().higher(o.rating(), base));
            }
            if (c.moves().size() <= 2) {
                List<BruteForce.Outcome> raising = brute.changes(assessment, c.moves().size()).stream()
                        .filter(o -> RatingOrder.natural().higher(o.rating(), base)).toList();
                assertThat(raising).as(c.base().assessment().toString()).hasSize(c.alternatives());
                int fewestSteps = raising.stream().mapToInt(o -> steps(space, assessment, o.changes())).min().orElseThrow();
                assertThat(space.steps(c.moves())).isEqualTo(fewestSteps);
            }
            checked++;
        }
        assertThat(checked).as("the changes found for ambulance trusts or of two or more inputs").isEqualTo(24);
    }

    @Test
    void aZeroStarRatingFromClinicalGovernanceIsRaisedByChangingClinicalGovernanceAlone() {
        Counterfactual lincolnshire = found.stream()
                .filter(c -> c.base().assessment().getOrganisation().startsWith("Lincolnshire Ambulance")).findFirst().orElseThrow();

        assertThat(RatingOrder.text(lincolnshire.base())).isEqualTo("0");
        assertThat(lincolnshire.moves()).singleElement().satisfies(move -> {
            assertThat(move.input()).isEqualTo("clinical_governance");
            assertThat(move.from()).isEqualTo("significant_weaknesses");
        });
        assertThat(lincolnshire.rating()).isEqualTo("2");
    }

    private static int steps(InputSpace space, AssessmentInputs assessment, Map<String, String> changes) {
        return space.steps(assessment.inputs().stream().filter(in -> changes.containsKey(in.name()))
                .map(in -> new Move(in.name(), in.value(), changes.get(in.name()))).toList());
    }
}
