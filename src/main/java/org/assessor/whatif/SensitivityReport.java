package org.assessor.whatif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.methodology.Labels;
import org.assessor.output.Markdown;
import org.assessor.whatif.Counterfactuals.Counterfactual;
import org.assessor.whatif.Counterfactuals.Status;
import org.assessor.whatif.Fragility.Fragile;
import org.assessor.whatif.Margins.Margin;

/** {@code report.md} of a sensitivity analysis: fragile ratings, near misses and counterfactuals, per sector then per trust. */
final class SensitivityReport {
    private final Sensitivity.Result result;
    private final Labels labels;

    SensitivityReport(Sensitivity.Result result) {
        this.result = result;
        this.labels = result.methodology().labels();
    }

    String render() {
        Markdown md = new Markdown();
        String changes = result.changes().isEmpty() ? "" : " with " + new TreeMap<>(result.changes()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        md.heading(1, "Near misses and counterfactuals: " + result.methodology().id() + changes);
        md.bullet("Methodology: " + result.methodology().config().title() + " (version " + result.methodology().shortVersion() + ")")
                .bullet("Input: " + result.info().inputFile() + " (SHA-256 " + result.info().inputSha256().substring(0, 12) + ")")
                .bullet(result.ratings().size() + " ratings analysed; " + result.movesTried() + " one-step input moves rated");
        md.paragraph(Fragility.DEFINITION.replaceFirst("fragile", "**fragile**") + " A **margin** is how far a numeric result "
                + "is from a threshold its explanation compared it with (0 = on the edge). A **counterfactual** is the smallest "
                + "change of inputs (fewest inputs changed, each to any level) that raises the rating, found by rating every "
                + "change of 1, then 2, ... inputs (up to " + result.maxChanges() + ") with the rules themselves.");
        bySector(md);
        md.heading(2, "Fragile ratings");
        List<List<String>> rows = new ArrayList<>();
        Map<Rating, List<Fragile>> fragile = new LinkedHashMap<>();
        result.fragile().forEach(f -> fragile.computeIfAbsent(f.base(), k -> new ArrayList<>()).add(f));
        fragile.forEach((rating, moves) -> rows.add(List.of(rating.assessment().getOrganisation(), labels.of(rating.assessment().getSector()),
                RatingOrder.text(rating), moves.stream().map(f -> f.move().text(labels) + " gives " + f.rating()).collect(Collectors.joining("; ")))));
        md.table(List.of("organisation", "sector", "rating", "one-step moves that change it"), rows);
        if (result.maxChanges() > 0) {
            counterfactuals(md);
        }
        nearMisses(md);
        return md.toString();
    }

    private void bySector(Markdown md) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        result.methodology().sectors().keySet().forEach(s -> counts.put(s, new int[7]));
        result.ratings().forEach(r -> counts.computeIfAbsent(r.assessment().getSector(), s -> new int[7])[0]++);
        result.fragileRatings().forEach(r -> counts.get(r.assessment().getSector())[1]++);
        Set<Rating> up = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Rating> down = Collections.newSetFromMap(new IdentityHashMap<>());
        result.fragile().forEach(f -> (f.raises() ? up : down).add(f.base()));
        up.forEach(r -> counts.get(r.assessment().getSector())[2]++);
        down.forEach(r -> counts.get(r.assessment().getSector())[3]++);
        for (Counterfactual c : result.counterfactuals()) {
            int[] row = counts.get(c.base().assessment().getSector());
            row[c.status() == Status.FOUND ? (c.moves().size() == 1 ? 4 : 5) : 6]++;
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((sector, row) -> {
            if (row[0] > 0) {
                List<String> cells = new ArrayList<>(List.of(labels.of(sector)));
                for (int n : row) {
                    cells.add(Integer.toString(n));
                }
                rows.add(cells);
            }
        });
        md.heading(2, "By sector");
        md.table(List.of("sector", "rated", "fragile", "one step can raise", "one step can lower", "raised by 1 change",
                "raised by 2+ changes", "not raised (highest or beyond limit)"), rows);
    }

    private void counterfactuals(Markdown md) {
        md.heading(2, "Smallest change that raises each rating");
        md.paragraph(String.format(Locale.ROOT, "Searched in %.1f s. Ratings already at %s (the highest given) are not searched.",
                result.searchSeconds(), result.highest()));
        List<List<String>> rows = new ArrayList<>();
        for (Counterfactual c : result.counterfactuals()) {
            String change = switch (c.status()) {
                case FOUND -> Move.text(c.moves(), labels);
                case HIGHEST -> "already the highest rating";
                case NONE -> "no change of up to " + result.maxChanges() + " inputs raises it";
            };
            rows.add(List.of(c.base().assessment().getOrganisation(), labels.of(c.base().assessment().getSector()),
                    RatingOrder.text(c.base()), change, c.rating() == null ? "" : c.rating(),
                    c.status() == Status.FOUND ? Integer.toString(c.alternatives() - 1) : ""));
        }
        md.table(List.of("organisation", "sector", "rating", "smallest change", "new rating", "other changes of that size"), rows);
    }

    private void nearMisses(Markdown md) {
        md.heading(2, "Near misses: results on a threshold's edge");
        Map<Rating, List<Margin>> onEdge = new LinkedHashMap<>();
        result.margins().stream().filter(m -> m.distance() == 0)
                .forEach(m -> onEdge.computeIfAbsent(m.rating(), k -> new ArrayList<>()).add(m));
        md.paragraph(onEdge.size() + " of " + result.ratings().size() + " ratings have a result on the edge of a band or "
                + "threshold; margins.csv has every margin of every rating.");
        List<List<String>> rows = new ArrayList<>();
        onEdge.forEach((rating, margins) -> rows.add(List.of(rating.assessment().getOrganisation(),
                labels.of(rating.assessment().getSector()), RatingOrder.text(rating),
                margins.stream().map(Margin::text).collect(Collectors.joining("; ")))));
        md.table(List.of("organisation", "sector", "rating", "on the edge"), rows);
    }
}
