package org.assessor.explanation;

import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;

/** A rating's explanation as text an auditor can read: the steps in order, each with its parameters' sources. */
public final class ExplanationText {
    private final Methodology methodology;
    private final StepText steps;

    public ExplanationText(Methodology methodology) {
        this.methodology = methodology;
        this.steps = new StepText(methodology.labels());
    }

    public String render(Rating rating) {
        StringBuilder text = new StringBuilder();
        text.append(rating.assessment().getOrganisation()).append(" — ")
                .append(methodology.labels().of(rating.assessment().getSector())).append('\n')
                .append(RatingWords.label(methodology)).append(": ").append(RatingWords.value(methodology, Numbers.text(rating.value())))
                .append("   (").append(methodology.id()).append(", version ").append(methodology.shortVersion()).append(")\n");
        if (rating.steps().stream().anyMatch(Step::detail)) {
            text.append("Detailed steps (each input scored) are in explanations.jsonl.\n");
        }
        if (rating.dependsOnAssumptions()) {
            text.append("This rating depends on assumed parameters (marked [assumed]).\n");
        }
        int number = 0;
        for (Step step : rating.steps()) {
            if (step.detail()) {
                continue; // its result is listed by the step that uses it
            }
            text.append(String.format("%n%2d. ", ++number)).append(steps.render(step)).append('\n')
                    .append("    rule: ").append(step.rule()).append('\n');
            String used = steps.used(step);
            if (!used.isEmpty()) {
                text.append("    used: ").append(used).append('\n');
            }
            for (Param param : step.params()) {
                text.append("    parameter ").append(param.name()).append(" = ").append(steps.value(param, step))
                        .append(" (").append(param.confidence() == null ? "?" : param.confidence().id()).append("; ")
                        .append(param.reference()).append(")\n");
            }
        }
        return text.toString();
    }
}
