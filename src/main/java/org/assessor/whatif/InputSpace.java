package org.assessor.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.Domain;
import org.assessor.methodology.MethodologyConfig.InputDefinition;

/**
 * The values each input of a methodology can take, in the order its YAML domain lists them, and
 * assessments with some inputs set to other values. Inputs without a listed domain are never varied.
 * A realistic change of performance moves an input to a level (a value not marked {@code level: false}):
 * never to a status such as not applicable or data not returned, which says what was measured, not how well.
 */
final class InputSpace {
    private final Methodology methodology;

    public InputSpace(Methodology methodology) {
        this.methodology = methodology;
    }

    /** The input's domain values in YAML order; empty when it has no domain. */
    public List<String> values(String input) {
        Domain domain = domain(input);
        return domain == null ? List.of() : List.copyOf(domain.values().keySet());
    }

    private Domain domain(String input) {
        InputDefinition definition = methodology.inputs().get(input);
        Map<String, Domain> domains = methodology.config().domains();
        Domain domain = definition == null || domains == null ? null : domains.get(definition.domain());
        return domain == null || domain.values() == null ? null : domain;
    }

    /** The input's levels in YAML order: its domain values but those marked {@code level: false}. */
    public List<String> levels(String input) {
        Domain domain = domain(input);
        return domain == null ? List.of() : domain.values().entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isLevel()).map(Map.Entry::getKey).toList();
    }

    /** The levels one step above and below the input's value, when that is a level: the realistic one-step moves. */
    public List<String> neighbours(Input input) {
        List<String> levels = levels(input.name());
        int at = levels.indexOf(input.value());
        List<String> neighbours = new ArrayList<>(2);
        for (int to : new int[] {at - 1, at + 1}) {
            if (at >= 0 && to >= 0 && to < levels.size()) {
                neighbours.add(levels.get(to));
            }
        }
        return neighbours;
    }

    /** The inputs of an assessment that can take another value, in the order the assessment has them. */
    public List<Input> variable(AssessmentInputs assessment) {
        return assessment.inputs().stream().filter(i -> values(i.name()).size() > 1 && values(i.name()).contains(i.value())).toList();
    }

    /** Where a value stands in its input's domain (0 first), or -1. */
    public int index(String input, String value) {
        return values(input).indexOf(value);
    }

    /** The levels an input can be changed to, nearest in domain order first (on a tie, the earlier one). */
    public List<String> alternatives(Input input) {
        List<String> values = values(input.name());
        List<String> levels = levels(input.name());
        int at = values.indexOf(input.value());
        List<String> alternatives = new ArrayList<>();
        for (int distance = 1; distance < values.size(); distance++) {
            for (int to : new int[] {at - distance, at + distance}) {
                if (to >= 0 && to < values.size() && levels.contains(values.get(to))) {
                    alternatives.add(values.get(to));
                }
            }
        }
        return alternatives;
    }

    /** How many places in domain order the moves go, in total. */
    public int steps(List<Move> moves) {
        return moves.stream().mapToInt(m -> Math.abs(index(m.input(), m.to()) - index(m.input(), m.from()))).sum();
    }

    /**
     * A copy of the assessment with the moves applied. It is a new assessment to the engine (facts match their
     * assessment by identity), with the same organisation, sector, line and attributes.
     */
    public static AssessmentInputs apply(AssessmentInputs assessment, List<Move> moves) {
        Assessment base = assessment.assessment();
        Assessment copy = new Assessment(base.getLine(), base.getOrganisation(), base.getSector(), base.getAttributes(),
                base.getPeriod(), base.getPublished());
        List<Input> inputs = new ArrayList<>(assessment.inputs().size());
        for (Input input : assessment.inputs()) {
            String value = input.value();
            for (Move move : moves) {
                if (move.input().equals(input.name())) {
                    value = move.to();
                }
            }
            inputs.add(new Input(copy, input.kind(), input.name(), value, value.equals(input.value()) ? input.number() : null));
        }
        return new AssessmentInputs(copy, inputs);
    }
}
