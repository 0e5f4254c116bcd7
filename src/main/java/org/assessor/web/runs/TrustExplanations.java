package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.assessment.Rating;
import org.assessor.explanation.RatingWords;
import org.assessor.fact.Input;
import org.assessor.methodology.Labels;
import org.assessor.methodology.Methodology;
import org.assessor.web.runs.TrustExplanation.Fact;
import org.assessor.web.runs.TrustExplanation.InputRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Puts one trust's explanation together from the archive: the stored explanation, the run's own methodology
 * version for labels and wording, and the trust's row of the archived input for its inputs and published values.
 */
@Component
final class TrustExplanations {
    private final Runs runs;
    private final ArchivedRows rows;

    TrustExplanations(Runs runs, ArchivedRows rows) {
        this.runs = runs;
        this.rows = rows;
    }

    /** The rating at {@code index} of run {@code id}; an unknown run or index is a 404 naming it. */
    TrustExplanation of(long id, int index) {
        RunSummary run = runs.run(id);
        StoredRating rating = runs.rating(id, index);
        JsonNode stored = runs.explanationTree(id, index);
        Methodology methodology = runs.methodologyOf(run);
        Labels labels = methodology.labels();
        ExplanationView explanation = ExplanationView.of(stored, labels);
        Optional<AssessmentInputs> row;
        String missing = null;
        try {
            // the explanation read above names the row's line: not read again
            row = rows.of(run, methodology, rating, stored.path("input_line").asLong(0));
            if (row.isEmpty()) {
                missing = "The run's archived input has no row for this trust.";
            }
        } catch (RuntimeException e) {
            // the explanation stands on its own: say why the inputs are not shown rather than fail the page
            row = Optional.empty();
            missing = "The run's archived input could not be read again: " + e.getMessage().lines().findFirst().orElse("");
        }
        return new TrustExplanation(run, index, explanation, labels.of(rating.sector()),
                rating.period() == null ? null : labels.of(rating.period()), RatingWords.label(methodology),
                ratingWords(methodology, rating.rating()), attributes(rating, labels),
                row.map(r -> PublishedLines.of(methodology, r, rating)).orElse(List.of()),
                row.map(r -> inputs(methodology, r, rating.sector())).orElse(List.of()),
                missing,
                results(methodology, explanation.results()));
    }

    static String ratingWords(Methodology methodology, String value) {
        return value == null ? "none" : RatingWords.value(methodology, value);
    }

    private static List<Fact> attributes(StoredRating rating, Labels labels) {
        List<Fact> facts = new ArrayList<>();
        rating.attributes().forEach((id, value) -> facts.add(new Fact(id, labels.of(id), value, value)));
        return facts;
    }

    /** The sector's inputs in the methodology's order (any other the row has after them), each by its label. */
    private static List<InputRow> inputs(Methodology methodology, AssessmentInputs row, String sector) {
        Map<String, String> values = new LinkedHashMap<>();
        row.inputs().forEach((Input input) -> values.put(input.name(), input.value()));
        List<String> ids = new ArrayList<>(methodology.sectors().get(sector).inputs());
        values.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        Labels labels = methodology.labels();
        return ids.stream().map(id -> {
            String raw = values.get(id);
            return new InputRow(id, labels.of(id), raw == null ? "not in the input" : labels.value(id, raw), raw);
        }).toList();
    }

    /** The results, the rating first and then in the order the methodology lists its outputs. */
    private static List<Fact> results(Methodology methodology, Map<String, String> results) {
        List<String> order = new ArrayList<>(List.of(Rating.RATING));
        order.addAll(methodology.outputs());
        List<String> ids = new ArrayList<>(results.keySet());
        ids.sort(Comparator.comparingInt(id -> order.contains(id) ? order.indexOf(id) : order.size()));
        List<Fact> facts = new ArrayList<>();
        for (String id : ids) {
            String value = results.get(id);
            facts.add(new Fact(id, methodology.labels().of(id), id.equals(Rating.RATING) ? ratingWords(methodology, value)
                    : value == null ? "none" : methodology.labels().shown(id, value), value));
        }
        return facts;
    }
}
