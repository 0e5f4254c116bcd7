package org.assessor.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Outcome;
import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.fact.Assessment;
import org.assessor.fact.Confidence;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.Test;

/** Every rating explains itself: rule, inputs, parameters with their sources, outcome, and a sentence. */
class ExplanationTest {
    private static final RuleBase RULES = Projects.rules("star-ratings-2003-04");
    private final StepText text = new StepText(RULES.methodology().labels());

    @Test
    void theKeyTargetStepNamesEveryKeyTargetAndEachPointsParameterItUsedAndWhichBandApplies() {
        Rating rating = rate("acute", Map.of("financial_management", "significantly_underachieved",
                "emergency_admission_12_hour_waits", "underachieved"));
        Step step = step(rating, "The key-target points fall in the sector's summary band");
        assertThat(text.render(step)).isEqualTo("The key targets add up to 4 points, which is a moderate fail for acute trusts (4–6 points)");
        assertThat(step.inputs()).hasSize(9).extracting(Input::name, Input::value).contains(
                tuple("financial_management", "significantly_underachieved"),
                tuple("emergency_admission_12_hour_waits", "underachieved"), tuple("ae_four_hours", "achieved"));
        // each points parameter once, whichever key targets it scored; then the band
        assertThat(step.params()).extracting(p -> p.name(), p -> p.number()).containsExactlyInAnyOrder(
                tuple("key_target_summary.acute.moderate_fail", null), tuple("key_target_points.achieved", 0.0),
                tuple("key_target_points.underachieved", 1.0), tuple("key_target_points.significantly_underachieved", 3.0));
        assertThat(step.params()).filteredOn(p -> p.name().equals("key_target_summary.acute.moderate_fail")).singleElement()
                .satisfies(p -> {
                    assertThat(p.reference()).startsWith("docs/methodologies/star-ratings-2003-04.md#key-target-summary; ");
                    assertThat(p.confidence()).isEqualTo(Confidence.DERIVED);
                });
        assertThat(step.outcomes()).containsExactly(new Outcome("key_target_points", 4.0, null),
                new Outcome("key_target_summary", "moderate_fail", null));
        assertThat(new ExplanationText(RULES.methodology()).render(rating)).contains(
                "used: ", "four hours in A&E achieved", "financial management significantly underachieved",
                "12-hour waits for emergency admission underachieved");
    }

    @Test
    void aKeyTargetWhoseStatusHasNoPointsLeavesTheTrustUnratedRatherThanUndercounted() {
        assertThatThrownBy(() -> rate("acute", Map.of("outpatient_waits", "a_status_without_points")))
                .hasMessageContaining("no rule of star-ratings-2003-04 gave a rating")
                .hasMessageNotContaining("key_target_points");
    }

    @Test
    void anOverrideSaysWhatItReplaced() {
        Rating rating = rate("pct", Map.of("clinical_governance", "strengths"));
        Step step = step(rating, "Clinical-governance strengths cap the rating");
        assertThat(step.outcomes()).singleElement().isEqualTo(new Outcome("rating", 2.0, 3.0));
        assertThat(text.render(step)).isEqualTo(
                "Clinical governance: strengths (the lowest positive grade) cap the rating at 2 stars, replacing 3 stars");
        assertThat(step.inputs()).extracting(Input::value).containsExactly("strengths");
        assertThat(rating.value()).isEqualTo(2.0);
    }

    @Test
    void stepsFollowTheMethodologyOrder() {
        Rating rating = rate("ambulance", Map.of("clinical_governance", "significant_weaknesses"));
        assertThat(rating.steps().stream().filter(s -> !s.detail()).map(Step::rule)).containsExactly(
                "The key-target points fall in the sector's summary band",
                "The balanced-scorecard score is the sum of the focus areas",
                "A pass at the sector's three-star level gives the higher rating",
                "Significant clinical-governance weaknesses give zero stars");
    }

    @Test
    void aStepThatUsedAnAssumedParameterSaysSo() {
        Rating specialist = rate("specialist", Map.of());
        Rating acute = rate("acute", Map.of());
        assertThat(specialist.dependsOnAssumptions()).isTrue();
        assertThat(text.render(step(specialist, "The key-target points fall in the sector's summary band")))
                .endsWith("[assumed: key_target_summary.specialist.pass]");
        assertThat(acute.dependsOnAssumptions()).isFalse();
    }

    @Test
    void theReadableExplanationCitesEveryParameterSource() {
        Rating rating = rate("mental_health", Map.of("cpa_systems", "underachieved"));
        String explanation = new ExplanationText(RULES.methodology()).render(rating);
        assertThat(explanation).contains("Star rating: 3 stars", "mental health trusts", "CPA systems underachieved",
                "parameter key_target_points.underachieved = 1 (derived; ",
                "parameter star_rating.pass.three_star_min_score.mental_health = 9 (derived; ");
        assertThat(explanation).as("every step is a deciding one: no detail to point to").doesNotContain("Detailed steps");
    }

    private static Step step(Rating rating, String rule) {
        return rating.steps().stream().filter(s -> s.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire"));
    }

    /** An assessment whose inputs are all achieved / high / many strengths, except those given. */
    private static Rating rate(String sector, Map<String, String> changes) {
        Methodology methodology = RULES.methodology();
        Map<String, String> values = new HashMap<>();
        for (String name : methodology.sectors().get(sector).inputs()) {
            String domain = methodology.inputs().get(name).domain();
            values.put(name, switch (domain) {
                case "key_target_status" -> "achieved";
                case "focus_area_level" -> "high";
                default -> "many_strengths";
            });
        }
        values.putAll(changes);
        Assessment assessment = new Assessment(2, "A trust", sector, Map.of());
        List<Input> inputs = new ArrayList<>();
        values.forEach((name, value) -> inputs.add(Input.of(assessment, methodology.inputs().get(name).kind(), name, value)));
        return new Assessor().rate(RULES, List.of(new AssessmentInputs(assessment, inputs))).get(0);
    }
}
