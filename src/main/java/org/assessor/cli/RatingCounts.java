package org.assessor.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;

/** Ratings counted per sector as they go by: the summary a run prints. */
final class RatingCounts implements Consumer<Rating> {
    private final Map<String, Map<String, Long>> counts = new TreeMap<>();
    private final TreeSet<String> values = new TreeSet<>();
    private long total;

    @Override
    public void accept(Rating rating) {
        String value = Numbers.text(rating.value());
        values.add(value);
        counts.computeIfAbsent(rating.assessment().getSector(), s -> new TreeMap<>()).merge(value, 1L, Long::sum);
        total++;
    }

    long total() {
        return total;
    }

    /** One row per sector, one column per rating value. */
    void print(PrintWriter console, Function<String, String> label) {
        StringBuilder head = new StringBuilder(String.format("%-24s", label.apply(Rating.RATING)));
        values.forEach(v -> head.append(String.format("%8s", v)));
        console.println(head.append(String.format("%8s", "total")));
        counts.forEach((sector, bySector) -> {
            StringBuilder row = new StringBuilder(String.format("%-24s", label.apply(sector)));
            values.forEach(v -> row.append(String.format("%8d", bySector.getOrDefault(v, 0L))));
            console.println(row.append(String.format("%8d", bySector.values().stream().mapToLong(Long::longValue).sum())));
        });
    }
}
