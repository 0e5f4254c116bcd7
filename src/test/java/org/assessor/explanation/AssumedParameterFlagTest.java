package org.assessor.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.Projects;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Assessor;
import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.fact.Assessment;
import org.assessor.fact.Confidence;
import org.assessor.fact.Input;
import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * Explanations show confidence: a step that read an assumed parameter is flagged with the parameters'
 * names, and a step that read only published (or derived) parameters is not.
 */
class AssumedParameterFlagTest {
    private static final RuleBase HEALTH_CHECK = Projects.rules("annual-health-check-2005-06");
    private static final RuleBase USE_OF_RESOURCES = Projects.rules("use-of-resources-2008-09");
    private static final Map<String, String> TYPICAL = Map.of("core_standard", "compliant", "inspection", "not_inspected",
            "existing_target", "achieved", "new_target", "4", "ale_theme", "3", "attribute", "no",
            "financial_risk_rating", "not_applicable");

    @Test
    void theStepThatAppliesPublishedRuleQ1IsNotFlaggedButTheAssumedComponentStepBeforeItIs() {
        Rating rating = rate(HEALTH_CHECK, "acute", Map.of("c01", "not_met", "c02", "not_met", "c03", "not_met"));
        StepText text = new StepText(HEALTH_CHECK.methodology().labels());

        Step q1 = step(rating, "Q1: core standards not met make quality of services weak");
        assertThat(q1.usesAssumptions()).isFalse();
        assertThat(q1.params()).extracting(Param::confidence).containsOnly(Confidence.PUBLISHED);
        assertThat(text.render(q1)).isEqualTo("Q1: core standards not met make quality of services weak, whatever the targets");

        Step component = step(rating, "Core standards not met cap the core-standards component");
        assertThat(component.usesAssumptions()).isTrue();
        assertThat(text.render(component)).endsWith("[assumed: core_standards.shortfall.almost_met, core_standards.standards_not_met.not_met]");
        assertThat(rating.value()).isEqualTo("weak");
        assertThat(rating.dependsOnAssumptions()).isTrue();
    }

    @Test
    void publishedRuleU1IsNotFlaggedWhileMonitorsAssumedMappingIs() {
        Rating nhsTrust = rate(HEALTH_CHECK, "acute", Map.of("financial_standing", "1"));
        Rating foundationTrust = rate(HEALTH_CHECK, "acute", Map.of("foundation_trust", "yes", "financial_risk_rating", "2"));
        StepText text = new StepText(HEALTH_CHECK.methodology().labels());

        Step u1 = step(nhsTrust, "U1: failing to break even (financial standing at 1) makes use of resources weak");
        assertThat(text.render(u1)).doesNotContain("[assumed").contains("financial standing at 1");
        Step monitor = step(foundationTrust, "A foundation trust's use of resources comes from Monitor's financial risk rating");
        assertThat(text.render(monitor)).endsWith("[assumed: use_of_resources.financial_risk_rating.weak]");
        assertThat(foundationTrust.results()).containsEntry("use_of_resources", "weak");
    }

    @Test
    void theReadableExplanationMarksTheRatingAndEachAssumedStep() {
        Rating rating = rate(HEALTH_CHECK, "pct", Map.of("c04", "insufficient_assurance"));
        String explanation = new ExplanationText(HEALTH_CHECK.methodology()).render(rating);

        assertThat(explanation).contains("Quality of services rating: good", "This rating depends on assumed parameters",
                "parameter quality_of_services.lookup.almost_met = good (assumed; ",
                "[assumed: quality_of_services.lookup.almost_met]");
        assertThat(explanation.lines().filter(line -> line.startsWith(" 7. ")).findFirst().orElseThrow())
                .as("the last quality step, which reads only published parameters").doesNotContain("[assumed");
    }

    @Test
    void useOfResourcesFlagsTheAssumedRollUpButNotThePublishedList() {
        Rating rating = rate(USE_OF_RESOURCES, "pct", Map.of());
        StepText text = new StepText(USE_OF_RESOURCES.methodology().labels());

        assertThat(text.render(step(rating, "A theme's median is the median of its KLOE scores, rounded down")))
                .endsWith("[assumed: theme_score.method]");
        assertThat(text.render(step(rating, "A theme scores its median when no KLOE at 1 caps it")))
                .endsWith("[assumed: theme_score.kloe_cap.kloe_score]");
        assertThat(text.render(step(rating, "Every theme at 3 or above is performing well across the board")))
                .isEqualTo("Every theme at 3 or above (at least 3): performing well across the board");
    }

    private static Step step(Rating rating, String rule) {
        return rating.steps().stream().filter(s -> s.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire; fired: "
                        + rating.steps().stream().map(Step::rule).distinct().toList()));
    }

    /** A trust of the sector with typical values (every standard compliant, targets achieved, indicators and KLOEs high) except those given. */
    private static Rating rate(RuleBase rules, String sector, Map<String, String> changes) {
        Methodology methodology = rules.methodology();
        Map<String, String> values = new HashMap<>();
        for (String name : methodology.sectors().get(sector).inputs()) {
            values.put(name, TYPICAL.getOrDefault(methodology.inputs().get(name).kind(), "3"));
        }
        values.putAll(changes);
        Assessment assessment = new Assessment(2, "A trust", sector, Map.of());
        List<Input> inputs = new ArrayList<>();
        values.forEach((name, value) -> inputs.add(Input.of(assessment, methodology.inputs().get(name).kind(), name, value)));
        return new Assessor().rate(rules, List.of(new AssessmentInputs(assessment, inputs))).get(0);
    }
}
