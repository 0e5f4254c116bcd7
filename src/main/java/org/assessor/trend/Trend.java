package org.assessor.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.assessor.distribution.Distribution;
import org.assessor.distribution.RatingOrder;
import org.assessor.trend.RatingsFile.Row;

/**
 * Ratings across years: each year's distribution per sector and per trust attribute, trusts in the
 * lowest category in consecutive years, and, when a year has two rating columns, trusts at the lowest
 * (or highest) of both. Trusts are matched across years by organisation and sector; years are in the
 * order given. The lowest and highest categories are given, or the first and last of a given order, or
 * else the lowest and highest value any year has in that column (numbers by value: 0 stars is lowest).
 */
public final class Trend {
    /** What to read from the files: the rating columns (the first is the main one), an order, attributes to break down by. */
    public record Options(List<String> ratingColumns, List<String> order, String lowest, String highest, List<String> by) {
        public Options {
            ratingColumns = List.copyOf(ratingColumns);
            order = order == null ? List.of() : List.copyOf(order);
            by = by == null ? List.of() : List.copyOf(by);
        }
    }

    /** Consecutive years in one category: at least two of them. {@code current} when the run reaches the last year. */
    public record Streak(String organisation, String sector, String category, List<String> years, boolean current) {
    }

    /** One year's count in a category in one group (a sector, an attribute's value, or all), and how many of those for a second year running or more. */
    public record Count(String year, String groupBy, String group, int rated, int inCategory, int running) {
    }

    private final List<RatingsFile> years;
    private final Attributes attributes;
    private final Options options;
    private final RatingOrder order;
    private final Map<Integer, Map<String, Row>> index = new HashMap<>();

    public Trend(List<RatingsFile> years, Attributes attributes, Options options) {
        this.years = List.copyOf(years);
        this.attributes = attributes;
        this.options = options;
        this.order = RatingOrder.of(options.order());
    }

    public List<RatingsFile> years() {
        return years;
    }

    public Options options() {
        return options;
    }

    public RatingOrder order() {
        return order;
    }

    public List<String> labels() {
        return years.stream().map(RatingsFile::label).toList();
    }

    public String primary() {
        return options.ratingColumns().get(0);
    }

    /** True when each year has two rating columns to count double-lowest and double-highest on. */
    public boolean hasPair() {
        return options.ratingColumns().size() >= 2;
    }

    public String lowest(String column) {
        return options.lowest() != null ? options.lowest() : !options.order().isEmpty() ? options.order().get(0)
                : values(column).stream().min(order).orElse("");
    }

    public String highest(String column) {
        return options.highest() != null ? options.highest() : !options.order().isEmpty()
                ? options.order().get(options.order().size() - 1) : values(column).stream().max(order).orElse("");
    }

    private List<String> values(String column) {
        return years.stream().flatMap(y -> y.rows().stream()).map(r -> r.get(column)).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** The main rating per sector per year. */
    public Distribution distribution(List<String> sectorOrder) {
        return Distribution.of(labels(), entries(row -> row.sector()), order, sectorOrder);
    }

    /** The main rating per value of an attribute per year ("sectors" are then the attribute's values). */
    public Distribution breakdown(String attribute) {
        return Distribution.of(labels(), entries(row -> attributes.of(row, attribute)), order, List.of());
    }

    private List<List<Distribution.Entry>> entries(Function<Row, String> group) {
        return years.stream().map(y -> y.rows().stream().map(r -> new Distribution.Entry(group.apply(r), r.get(primary()))).toList()).toList();
    }

    /** In the lowest category of the main rating. */
    public BiPredicate<Integer, Row> lowestCategory() {
        String lowest = lowest(primary());
        return (year, row) -> row.get(primary()).equals(lowest);
    }

    /** At the lowest (or highest) of both rating columns. */
    public BiPredicate<Integer, Row> both(boolean highest) {
        String a = options.ratingColumns().get(0);
        String b = options.ratingColumns().get(1);
        String va = highest ? highest(a) : lowest(a);
        String vb = highest ? highest(b) : lowest(b);
        return (year, row) -> row.get(a).equals(va) && row.get(b).equals(vb);
    }

    /** Every run of two or more consecutive years in the category, trusts in order of first appearance. */
    public List<Streak> streaks(String category, BiPredicate<Integer, Row> in) {
        Map<String, Row> trusts = new LinkedHashMap<>();
        years.forEach(y -> y.rows().forEach(r -> trusts.putIfAbsent(r.key(), r)));
        List<Streak> streaks = new ArrayList<>();
        for (Row trust : trusts.values()) {
            List<String> run = new ArrayList<>();
            for (int y = 0; y <= years.size(); y++) {
                Row row = y < years.size() ? find(y, trust.key()) : null;
                if (row != null && in.test(y, row)) {
                    run.add(years.get(y).label());
                    continue;
                }
                if (run.size() >= 2) {
                    streaks.add(new Streak(trust.organisation(), trust.sector(), category, List.copyOf(run), y == years.size()));
                }
                run.clear();
            }
        }
        return streaks;
    }

    /** Per year: how many in the category overall, per sector and per value of each attribute, and of those how many also the year before. */
    public List<Count> counts(BiPredicate<Integer, Row> in) {
        List<Count> counts = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            Map<String, Map<String, int[]>> groups = new LinkedHashMap<>();
            groups.put("all", new LinkedHashMap<>());
            groups.put("sector", new LinkedHashMap<>());
            options.by().forEach(attribute -> groups.put(attribute, new TreeMap<>()));
            for (Row row : years.get(y).rows()) {
                boolean now = in.test(y, row);
                Row before = y == 0 ? null : find(y - 1, row.key());
                boolean running = now && before != null && in.test(y - 1, before);
                tally(groups.get("all"), Distribution.ALL, now, running);
                tally(groups.get("sector"), row.sector(), now, running);
                for (String attribute : options.by()) {
                    tally(groups.get(attribute), attributes.of(row, attribute), now, running);
                }
            }
            String label = years.get(y).label();
            groups.forEach((groupBy, byGroup) -> byGroup.forEach((group, c) ->
                    counts.add(new Count(label, groupBy, group, c[0], c[1], c[2]))));
        }
        return counts;
    }

    private static void tally(Map<String, int[]> groups, String group, boolean now, boolean running) {
        int[] c = groups.computeIfAbsent(group, k -> new int[3]);
        c[0]++;
        c[1] += now ? 1 : 0;
        c[2] += running ? 1 : 0;
    }

    private Row find(int year, String key) {
        return index.computeIfAbsent(year, y -> {
            Map<String, Row> rows = new HashMap<>();
            years.get(y).rows().forEach(r -> rows.put(r.key(), r));
            return rows;
        }).get(key);
    }
}
