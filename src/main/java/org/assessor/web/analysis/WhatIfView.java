package org.assessor.web.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.methodology.Labels;
import org.assessor.whatif.Fragility.Fragile;
import org.assessor.whatif.Sensitivity;

/**
 * A what-if analysis as the page shows it: the counts, per sector and in all, and each fragile trust with the
 * one-step moves that change its rating, labelled as the methodology names inputs and values.
 */
record WhatIfView(int rated, int fragile, int canFall, int canRise, int movesTried, List<SectorCounts> sectors,
                  List<FragileTrust> trusts) {

    /** One sector's counts; a trust that one move raises and another lowers counts in both. */
    record SectorCounts(String sector, String label, int rated, int fragile, int canRise, int canFall) {
    }

    /** A fragile trust: its index in the run, its rating and each move that changes it ("… gives 2"). */
    record FragileTrust(int index, String organisation, String sector, String rating, List<String> moves) {
    }

    static WhatIfView of(Sensitivity.Result result) {
        Labels labels = result.methodology().labels();
        Map<Rating, Integer> index = new IdentityHashMap<>();
        result.ratings().forEach(r -> index.put(r, index.size()));
        Map<Rating, List<Fragile>> byTrust = new LinkedHashMap<>();
        result.fragile().forEach(f -> byTrust.computeIfAbsent(f.base(), k -> new ArrayList<>()).add(f));
        List<FragileTrust> trusts = new ArrayList<>();
        byTrust.forEach((rating, moves) -> trusts.add(new FragileTrust(index.get(rating), rating.assessment().getOrganisation(),
                labels.of(rating.assessment().getSector()), RatingOrder.text(rating), moves.stream()
                .map(f -> f.move().text(labels) + " gives " + f.rating() + (f.raises() ? " (higher)" : " (lower)")).toList())));
        return new WhatIfView(result.ratings().size(), result.fragileRatings().size(), result.fragileRatings(false).size(),
                result.fragileRatings(true).size(), result.movesTried(), sectors(result, labels), trusts);
    }

    private static List<SectorCounts> sectors(Sensitivity.Result result, Labels labels) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        result.methodology().sectors().keySet().forEach(s -> counts.put(s, new int[4]));
        result.ratings().forEach(r -> counts.computeIfAbsent(r.assessment().getSector(), s -> new int[4])[0]++);
        result.fragileRatings().forEach(r -> counts.get(r.assessment().getSector())[1]++);
        result.fragileRatings(true).forEach(r -> counts.get(r.assessment().getSector())[2]++);
        result.fragileRatings(false).forEach(r -> counts.get(r.assessment().getSector())[3]++);
        List<SectorCounts> sectors = new ArrayList<>();
        counts.forEach((sector, c) -> {
            if (c[0] > 0) {
                sectors.add(new SectorCounts(sector, labels.of(sector), c[0], c[1], c[2], c[3]));
            }
        });
        return sectors;
    }

    /** The chart: per sector, how many trusts one step can raise, can lower, and how many no one step changes. */
    Map<String, Object> chart() {
        return Map.of("type", "bar", "labels", sectors.stream().map(SectorCounts::label).toList(), "datasets", List.of(
                Map.of("label", "one step can raise", "data", sectors.stream().map(SectorCounts::canRise).toList()),
                Map.of("label", "one step can lower", "data", sectors.stream().map(SectorCounts::canFall).toList()),
                Map.of("label", "not fragile", "data", sectors.stream().map(s -> s.rated() - s.fragile()).toList())));
    }

    /** The chart in words. */
    public String sentence() {
        return fragile + " of " + rated + " ratings are fragile: one step can raise " + canRise + " and lower " + canFall + ". "
                + String.join("; ", sectors.stream().map(s -> s.label() + ": " + s.fragile() + " of " + s.rated() + " fragile, "
                + s.canRise() + " can rise, " + s.canFall() + " can fall").toList()) + ".";
    }
}
