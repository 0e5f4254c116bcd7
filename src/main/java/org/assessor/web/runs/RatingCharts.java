package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.archive.StoredRating;
import org.assessor.distribution.Distribution;
import org.assessor.distribution.RatingOrder;
import org.assessor.methodology.Labels;

/**
 * The run page's bar charts: how many trusts got each rating, one chart per sector and one for all, and per
 * period when the run has periods (a trust rated in two quarters is counted once in each, never twice in one
 * chart). Each chart carries a sentence for screen readers; the same counts are also a table on the page.
 */
record RatingCharts(List<String> ratings, List<Chart> charts) {

    /** One chart: its element id, its heading, the count of each rating (lowest first), the trusts it counts and a sentence saying so. */
    record Chart(String id, String label, Map<String, Integer> counts, int total, String description) {
    }

    static RatingCharts of(List<StoredRating> all, Labels labels) {
        Set<String> periods = new LinkedHashSet<>();
        all.forEach(r -> periods.add(r.period() == null ? "" : r.period()));
        List<String> columns = List.copyOf(periods);
        List<List<Distribution.Entry>> entries = new ArrayList<>();
        for (String period : columns) {
            entries.add(all.stream().filter(r -> period.equals(r.period() == null ? "" : r.period()))
                    .map(r -> new Distribution.Entry(r.sector(), r.rating() == null ? "" : r.rating())).toList());
        }
        Distribution distribution = Distribution.of(columns, entries, RatingOrder.natural(), List.of());
        String rating = labels.of("rating");
        List<Chart> charts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            for (String sector : distribution.sectors()) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String value : distribution.ratings()) {
                    counts.put(value, distribution.count(sector, value, c));
                }
                String label = (sector.equals(Distribution.ALL) ? "All trusts" : RatingsTable.heading(labels, sector))
                        + (columns.get(c).isEmpty() ? "" : ", " + labels.of(columns.get(c)));
                int total = distribution.total(sector, c);
                charts.add(new Chart("chart-" + charts.size(), label, counts, total, sentence(label, rating, counts, total)));
            }
        }
        return new RatingCharts(distribution.ratings(), charts);
    }

    /** The charts' counts by element id, for charts.js to draw (as JSON in the page: the Content-Security-Policy runs no inline script). */
    Map<String, Map<String, Integer>> countsById() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        charts.forEach(chart -> counts.put(chart.id(), chart.counts()));
        return counts;
    }

    /** "Acute trusts: 20 trusts rated; 5 with star rating 3, 10 with star rating 2 and 5 with star rating 1." */
    static String sentence(String label, String rating, Map<String, Integer> counts, int total) {
        List<String> parts = counts.entrySet().stream().map(e -> e.getValue() + " with " + rating + " " + e.getKey()).toList();
        String list = parts.size() <= 1 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return label + ": " + total + (total == 1 ? " trust" : " trusts") + " rated" + (list.isEmpty() ? "" : "; " + list) + ".";
    }
}
