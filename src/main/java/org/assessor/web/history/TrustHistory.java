package org.assessor.web.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assessor.archive.ArchivedRating;
import org.assessor.distribution.RatingOrder;

/**
 * One organisation's ratings across the archived runs, oldest run first: a line per run and sector, and the
 * chart's series (one per sector) over the runs' labels, with the ratings lowest first for its axis.
 */
record TrustHistory(String organisation, List<ArchivedRating> ratings, List<String> runs, Map<String, List<String>> series,
                    List<String> scale) {

    static TrustHistory of(String organisation, List<ArchivedRating> ratings) {
        Map<Long, String> labels = new LinkedHashMap<>();
        ratings.forEach(r -> labels.putIfAbsent(r.run().id(), label(r)));
        List<Long> ids = List.copyOf(labels.keySet());
        Map<String, List<String>> series = new LinkedHashMap<>();
        Set<String> values = new LinkedHashSet<>();
        for (ArchivedRating r : ratings) {
            List<String> line = series.computeIfAbsent(r.rating().sector(), s -> new ArrayList<>(java.util.Collections.nCopies(ids.size(), null)));
            line.set(ids.indexOf(r.run().id()), text(r));
            values.add(text(r));
        }
        List<String> scale = values.stream().sorted(RatingOrder.natural()).toList();
        return new TrustHistory(organisation, List.copyOf(ratings), List.copyOf(labels.values()), series, scale);
    }

    /** "Run 12 (star-ratings-2003-04)": how a run is named on the chart's axis. */
    static String label(ArchivedRating rating) {
        return "Run " + rating.run().id() + " (" + rating.run().methodology() + (rating.run().period() == null ? "" : " " + rating.run().period()) + ")";
    }

    static String text(ArchivedRating rating) {
        return rating.rating().rating() == null ? "not rated" : rating.rating().rating();
    }

    /** The chart as a sentence, for readers who cannot see it: "Rated 3 in run 1 (…), then 2 in run 2 (…)." per sector. */
    public String sentence() {
        Map<String, List<ArchivedRating>> bySector = new LinkedHashMap<>();
        ratings.forEach(r -> bySector.computeIfAbsent(r.rating().sector(), s -> new ArrayList<>()).add(r));
        return bySector.entrySet().stream().map(e -> organisation + (bySector.size() > 1 ? " as " + e.getKey() : "") + " was rated "
                        + e.getValue().stream().map(r -> text(r) + " in " + label(r).replaceFirst("^Run", "run"))
                        .collect(Collectors.joining(", then "))).collect(Collectors.joining("; ")) + ".";
    }
}
