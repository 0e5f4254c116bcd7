package org.assessor.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.system.NumberText;

/**
 * Ratings counted per sector as they go by (and per period, when ratings have one: a trust rated in two quarters
 * counts once in each, never twice in one row): the summary a run prints, its columns in the order of the rating's scale.
 */
final class RatingCounts implements Consumer<Rating> {
    private final List<String> scale;
    private static final String SEPARATOR = "\u0000";
    /** By sector, or sector and period. */
    private final Map<String, Map<String, Long>> counts = new TreeMap<>();
    /** Sorted only when printed: the natural order reads each value as a number, too dear for every rating. */
    private final Set<String> values = new HashSet<>();
    private long total;

    /** @param scale the rating's values in the methodology's order (best first), or empty: then numbers by value, texts alphabetically */
    RatingCounts(List<String> scale) {
        this.scale = scale == null ? List.of() : scale;
    }

    @Override
    public void accept(Rating rating) {
        String value = Numbers.text(rating.value());
        values.add(value);
        String period = rating.assessment().getPeriod();
        String row = rating.assessment().getSector() + (period == null ? "" : SEPARATOR + period);
        counts.computeIfAbsent(row, s -> new TreeMap<>()).merge(value, 1L, Long::sum);
        total++;
    }

    long total() {
        return total;
    }

    /** One row per sector, one column per rating value; the first column as wide as its longest label. */
    void print(PrintWriter console, Function<String, String> label) {
        List<String> columns = columns();
        Function<String, String> rowLabel = row -> String.join(", ", java.util.Arrays.stream(row.split(SEPARATOR)).map(label).toList());
        int first = counts.keySet().stream().map(rowLabel).mapToInt(String::length)
                .reduce(label.apply(Rating.RATING).length(), Math::max) + 2;
        StringBuilder head = new StringBuilder(pad(label.apply(Rating.RATING), first));
        columns.forEach(v -> head.append(String.format("%" + width(v) + "s", v)));
        console.println(head.append(String.format("%8s", "total")));
        counts.forEach((sector, bySector) -> {
            StringBuilder row = new StringBuilder(pad(rowLabel.apply(sector), first));
            columns.forEach(v -> row.append(String.format("%" + width(v) + "d", bySector.getOrDefault(v, 0L))));
            console.println(row.append(String.format("%8d", bySector.values().stream().mapToLong(Long::longValue).sum())));
        });
    }

    /** The scale's values that occur, in its order, then any others. */
    private List<String> columns() {
        List<String> columns = new ArrayList<>(scale.stream().filter(values::contains).toList());
        values.stream().filter(v -> !scale.contains(v)).sorted(RatingCounts::natural).forEach(columns::add);
        return columns;
    }

    private static int width(String value) {
        return Math.max(8, value.length() + 2);
    }

    private static String pad(String text, int width) {
        return String.format("%-" + width + "s", text);
    }

    /** Numbers by value (2 before 10), then texts alphabetically. */
    private static int natural(String a, String b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) != 0 ? x.compareTo(y) : a.compareTo(b);
        }
        return x != null ? -1 : y != null ? 1 : a.compareTo(b);
    }

    private static BigDecimal number(String text) {
        NumberText.Reading reading = NumberText.read(text);
        return reading.ok() ? reading.value() : null;
    }
}
