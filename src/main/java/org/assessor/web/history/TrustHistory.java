package org.assessor.web.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assessor.archive.ArchivedRating;
import org.assessor.distribution.RatingOrder;

/**
 * One organisation's ratings across the archived runs, oldest run first: a line per run and sector, and the
 * chart's series (one per sector) over the runs' labels, with the ratings lowest first for its axis.
 */
record TrustHistory(String organisation, List<Line> lines, List<String> runs, Map<String, List<String>> series, List<String> scale) {

    /** One rating, with its sector as the run's methodology names it. */
    record Line(ArchivedRating at, String sector) {
    }

    /**
     * @param sectorLabel the sector's name in the run's own methodology
     * @param scale the ratings the runs gave, for the chart's axis (this trust's are added)
     */
    static TrustHistory of(String organisation, List<ArchivedRating> ratings, Function<ArchivedRating, String> sectorLabel,
                           Set<String> scale) {
        Map<Long, String> labels = new LinkedHashMap<>();
        ratings.forEach(r -> labels.putIfAbsent(r.run().id(), label(r)));
        List<Long> ids = List.copyOf(labels.keySet());
        List<Line> lines = ratings.stream().map(r -> new Line(r, sectorLabel.apply(r))).toList();
        Map<String, List<String>> series = new LinkedHashMap<>();
        Set<String> values = new LinkedHashSet<>(scale);
        for (Line line : lines) {
            series.computeIfAbsent(line.sector(), s -> new ArrayList<>(Collections.nCopies(ids.size(), null)))
                    .set(ids.indexOf(line.at().run().id()), text(line.at()));
            values.add(text(line.at()));
        }
        return new TrustHistory(organisation, lines, List.copyOf(labels.values()), series,
                values.stream().sorted(RatingOrder.natural()).toList());
    }

    /** "Run 12 (star-ratings-2003-04)": how a run is named on the chart's axis. */
    static String label(ArchivedRating rating) {
        return "Run " + rating.run().id() + " (" + rating.run().methodology() + (rating.run().period() == null ? "" : " " + rating.run().period()) + ")";
    }

    static String text(ArchivedRating rating) {
        return rating.rating().rating() == null ? "not rated" : rating.rating().rating();
    }

    /** The chart for analysis-charts.js: a line per sector over the runs, on the ratings' scale. */
    public Map<String, Object> chart() {
        return Map.of("type", "line", "labels", runs, "scale", scale, "datasets", series.entrySet().stream()
                .map(e -> Map.of("label", e.getKey(), "data", e.getValue())).toList());
    }

    /** The chart as a sentence, for readers who cannot see it: "… was rated 3 in run 1 (…), then 2 in run 2 (…)." per sector. */
    public String sentence() {
        Map<String, List<Line>> bySector = new LinkedHashMap<>();
        lines.forEach(l -> bySector.computeIfAbsent(l.sector(), s -> new ArrayList<>()).add(l));
        return bySector.entrySet().stream().map(e -> organisation + (bySector.size() > 1 ? " as one of the " + e.getKey() : "") + " was rated "
                        + e.getValue().stream().map(l -> text(l.at()) + " in " + label(l.at()).replaceFirst("^Run", "run"))
                        .collect(Collectors.joining(", then "))).collect(Collectors.joining("; ")) + ".";
    }
}
