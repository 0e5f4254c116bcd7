package org.assessor.trend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.trend.RatingsFile.Row;

/**
 * What a set of trusts scored: per rating column, how many have each value (blank cells are not rated),
 * and how many have the best, or the worst, value in every rating column (double excellent, double weak).
 */
public record Tally(int trusts, Map<String, Map<String, Integer>> counts, int allBest, int allWorst) {

    static Tally of(List<Row> rows, List<String> columns, String best, String worst) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        columns.forEach(column -> counts.put(column, new LinkedHashMap<>()));
        int allBest = 0;
        int allWorst = 0;
        for (Row row : rows) {
            for (String column : columns) {
                String value = row.get(column);
                if (!value.isEmpty()) {
                    counts.get(column).merge(value, 1, Integer::sum);
                }
            }
            allBest += columns.stream().allMatch(c -> best.equals(row.get(c))) ? 1 : 0;
            allWorst += columns.stream().allMatch(c -> worst.equals(row.get(c))) ? 1 : 0;
        }
        return new Tally(rows.size(), counts, allBest, allWorst);
    }

    /** How many trusts have a value in the column. */
    public int rated(String column) {
        return counts.getOrDefault(column, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(String column, String value) {
        return counts.getOrDefault(column, Map.of()).getOrDefault(value, 0);
    }

    /** The share of the column's rated trusts with the value, in percent; null when none is rated. */
    public Double percent(String column, String value) {
        int rated = rated(column);
        return rated == 0 ? null : 100.0 * count(column, value) / rated;
    }
}
