package org.assessor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.assessor.Projects;
import org.assessor.SpecModel;
import org.assessor.assessment.Rating;
import org.assessor.compare.Comparison.Pair;
import org.assessor.distribution.RatingOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Comparisons of the published 2003/04 data: the differences found are exactly the ones the methodologies predict. */
class ComparerTest {
    private static final Comparer COMPARER = new Comparer(Projects.SERVICE);
    private static List<CSVRecord> rows;

    @BeforeAll
    static void readTheInputRows() throws IOException {
        rows = SpecModel.rows(Projects.PUBLISHED_2003_04);
    }

    @Test
    void comparingAMethodologyWithItselfFindsNoDifference() {
        Comparison comparison = COMPARER.compare(Projects.PUBLISHED_2003_04, "star-ratings-2003-04", "star-ratings-2003-04", Map.of());

        assertThat(comparison.pairs()).hasSize(275).allSatisfy(pair -> {
            assertThat(pair.changed()).isFalse();
            assertThat(comparison.diff(pair).isEmpty()).as(pair.organisation()).isTrue();
        });
        assertThat(comparison.changed()).isEmpty();
    }

    @Test
    void droppingClinicalGovernanceChangesExactlyTheRatingsAClinicalGovernanceOverrideReplaced() {
        Comparison comparison = COMPARER.compare(Projects.PUBLISHED_2003_04, "star-ratings-2003-04", "star-ratings-2004-05", Map.of());

        Set<String> overridden = comparison.a().ratings().stream().filter(ComparerTest::overriddenByClinicalGovernance)
                .map(ComparerTest::key).collect(Collectors.toSet());
        assertThat(overridden).isNotEmpty();
        assertThat(keys(comparison.changed())).containsExactlyInAnyOrderElementsOf(overridden);
        for (Pair pair : comparison.changed()) {
            StepDiff diff = comparison.diff(pair);
            assertThat(diff.onlyA()).extracting(s -> s.rule()).singleElement().asString().contains("linical-governance");
            assertThat(diff.onlyB()).isEmpty();
            assertThat(diff.parameters()).isEmpty();
            assertThat(diff.results()).extracting(StepDiff.Change::name).containsExactly("rating");
        }
    }

    /** A clinical-governance step replaced the rating step 3 gave with another value. */
    private static boolean overriddenByClinicalGovernance(Rating rating) {
        return rating.steps().stream().filter(step -> step.inputs().stream().anyMatch(i -> i.name().equals("clinical_governance")))
                .flatMap(step -> step.outcomes().stream())
                .anyMatch(o -> o.name().equals("rating") && o.isOverride() && !o.replaced().equals(o.value()));
    }

    @Test
    void scoringDataNotReturnedAsThreeChangesExactlyTheRatingsTheSpecificationPredicts() {
        SpecModel.Params changed = new SpecModel.Params(3, 1);
        Comparison comparison = COMPARER.compare(Projects.PUBLISHED_2003_04, "star-ratings-2003-04", "star-ratings-2003-04",
                Map.of("key_target_points.data_not_returned", "3"));

        Set<String> crossing = rows.stream().filter(row -> !SpecModel.summary(row.get("sector"), SpecModel.points(row, SpecModel.Params.SPEC), SpecModel.Params.SPEC)
                .equals(SpecModel.summary(row.get("sector"), SpecModel.points(row, changed), changed))).map(SpecModel::key).collect(Collectors.toSet());
        assertThat(crossing).as("summaries crossing a band").hasSize(3);
        assertThat(keys(comparison.changed())).containsExactlyInAnyOrderElementsOf(predictedChanges(changed))
                .hasSize(2).isSubsetOf(crossing);
        for (Pair pair : comparison.changed()) {
            assertThat(comparison.diff(pair).parameters())
                    .containsExactly(new StepDiff.Change("key_target_points.data_not_returned", "1", "3"));
        }
    }

    @Test
    void narrowingTheAcutePassBandChangesExactlyTheRatingsTheSpecificationPredicts() {
        SpecModel.Params changed = new SpecModel.Params(1, 0);
        Comparison comparison = COMPARER.compare(Projects.PUBLISHED_2003_04, "star-ratings-2003-04", "star-ratings-2003-04",
                Map.of("key_target_summary.acute.pass.max", "0", "key_target_summary.acute.borderline.min", "1"));

        Set<String> predicted = predictedChanges(changed);
        assertThat(predicted).as("the acute trusts whose stars the specification says change").hasSize(14);
        assertThat(keys(comparison.changed())).containsExactlyInAnyOrderElementsOf(predicted);
        assertThat(comparison.upDown(RatingOrder.natural())[0]).as("none goes up").isZero();
    }

    /** The trusts whose stars under the specification differ with the changed parameters; the model must reproduce side A. */
    private static Set<String> predictedChanges(SpecModel.Params changed) {
        Map<String, String> published = rows.stream().collect(Collectors.toMap(SpecModel::key, row -> row.get("expected_rating")));
        rows.forEach(row -> assertThat(Integer.toString(SpecModel.stars(row, SpecModel.Params.SPEC)))
                .as(SpecModel.key(row)).isEqualTo(published.get(SpecModel.key(row))));
        return rows.stream().filter(row -> SpecModel.stars(row, SpecModel.Params.SPEC) != SpecModel.stars(row, changed))
                .map(SpecModel::key).collect(Collectors.toSet());
    }

    private static Set<String> keys(List<Pair> pairs) {
        return pairs.stream().map(p -> p.organisation() + " (" + p.sector() + ")").collect(Collectors.toSet());
    }

    private static String key(Rating rating) {
        return rating.assessment().toString();
    }
}
