package org.assessor.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.assessor.assessment.Rating;
import org.assessor.assessment.Step;
import org.assessor.explanation.Numbers;
import org.assessor.fact.Param;

/**
 * How far each numeric result of a rating is from the thresholds its steps compared it with, read from
 * the explanation alone: a band parameter (e.g. the key-target summary band) against the result it
 * placed in the band (distance to its lower and upper edge), and a single-valued parameter against a
 * numeric result the same step used (e.g. a balanced-scorecard score against the three-star level).
 * A parameter whose value is what the step produced (e.g. the stars it gives) is not a threshold, nor is
 * one whose name ends with the rating's unit ("higher_stars"). Distance 0 means on the edge.
 */
public final class Margins {
    /** A result's value, a threshold it was compared with, and whether it lies above, below or at it. */
    public record Margin(Rating rating, String rule, String result, double value, String parameter, double edge,
                         String position, double distance) {

        public String text() {
            String v = Numbers.format(value);
            String e = Numbers.format(edge);
            return position.equals("at") ? result + " " + v + " is at " + parameter + " (" + e + ")"
                    : result + " " + v + " is " + Numbers.format(distance) + " " + position + " "
                    + parameter + " (" + e + ")";
        }
    }

    private final String unit;

    /** @param unit the rating's unit ("star"), to tell rating-valued parameters from thresholds; may be null */
    public Margins(String unit) {
        this.unit = unit == null || unit.isBlank() ? null : unit.toLowerCase(Locale.ROOT);
    }

    public List<Margin> of(Rating rating) {
        List<Margin> margins = new ArrayList<>();
        for (Step step : rating.steps()) {
            if (!step.detail()) {
                margins.addAll(of(rating, step));
            }
        }
        return margins;
    }

    /** The smallest distance of a rating to any of its thresholds. */
    public Optional<Margin> nearest(Rating rating) {
        return of(rating).stream().min(Comparator.comparingDouble(Margin::distance));
    }

    private List<Margin> of(Rating rating, Step step) {
        Map<String, Double> produced = numbers(step.outcomes().stream().collect(LinkedHashMap::new,
                (map, o) -> map.put(o.name(), o.value()), Map::putAll));
        Map<String, Double> used = numbers(step.uses());
        List<Margin> margins = new ArrayList<>();
        for (Param param : step.params()) {
            if (param.isBand()) {
                band(rating, step, param, produced, used, margins);
            } else if (param.number() != null && !produced.containsValue(param.number())
                    && !countsInUnit(param)) {
                used.forEach((result, value) -> margins.add(threshold(rating, step, result, value, param)));
            }
        }
        return margins;
    }

    /** "higher_stars", "strengths_max_stars": a parameter whose last name part ends with the unit gives a rating. */
    private boolean countsInUnit(Param param) {
        String key = param.key() == null ? param.name() : param.key();
        String lower = key.toLowerCase(Locale.ROOT);
        return unit != null && (lower.endsWith(unit) || lower.endsWith(unit + "s"));
    }

    private static void band(Rating rating, Step step, Param band, Map<String, Double> produced, Map<String, Double> used,
                             List<Margin> margins) {
        Map<String, Double> values = new LinkedHashMap<>(produced);
        used.forEach(values::putIfAbsent);
        values.entrySet().stream().filter(e -> band.includes(e.getValue())).findFirst().ifPresent(e -> {
            double value = e.getValue();
            if (band.min() != null) {
                margins.add(new Margin(rating, step.rule(), e.getKey(), value, band.name() + ".min", band.min(),
                        value == band.min() ? "at" : "above", value - band.min()));
            }
            if (band.max() != null) {
                margins.add(new Margin(rating, step.rule(), e.getKey(), value, band.name() + ".max", band.max(),
                        value == band.max() ? "at" : "below", band.max() - value));
            }
        });
    }

    private static Margin threshold(Rating rating, Step step, String result, double value, Param param) {
        double edge = param.number();
        String position = value == edge ? "at" : value > edge ? "above" : "below";
        return new Margin(rating, step.rule(), result, value, param.name(), edge, position, Math.abs(value - edge));
    }

    private static Map<String, Double> numbers(Map<String, Object> values) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Number n) {
                numbers.put(name, n.doubleValue());
            }
        });
        return numbers;
    }
}
