package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.web.system.RequestProblem;

/**
 * One table a methodology declares ({@code tables:}) for one run, in its official layout and order.
 * {@code groups} are its leading text sort columns (for the Oversight Framework: quarter and trust type):
 * a page shows one table per combination of their values.
 */
record LeagueTable(String name, String description, List<String> columns, List<List<String>> rows, List<String> groups) {

    /** The values each group column takes, in table order. */
    public Map<String, List<String>> groupValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String group : groups) {
            int i = columns.indexOf(group);
            Set<String> seen = new LinkedHashSet<>();
            rows.forEach(row -> seen.add(row.get(i)));
            values.put(group, List.copyOf(seen));
        }
        return values;
    }

    /** The rows whose columns have the given values; an unknown column is a bad request naming it. */
    public LeagueTable filter(Map<String, String> equal) {
        List<List<String>> kept = new ArrayList<>(rows);
        for (Map.Entry<String, String> filter : equal.entrySet()) {
            int i = columns.indexOf(filter.getKey());
            if (i < 0) {
                throw RequestProblem.badRequest("Unknown column", "table " + name + " has no column '" + filter.getKey()
                        + "'; columns: " + String.join(", ", columns), filter.getKey(), filter.getValue());
            }
            if (!filter.getValue().isBlank()) {
                kept.removeIf(row -> !row.get(i).equals(filter.getValue()));
            }
        }
        return new LeagueTable(name, description, columns, kept, groups);
    }

    /** The rows split by the group columns' values, in table order: "Q1 · Acute trust" → rows. */
    public Map<String, List<List<String>>> grouped() {
        Map<String, List<List<String>>> grouped = new LinkedHashMap<>();
        for (List<String> row : rows) {
            List<String> key = groups.stream().map(g -> row.get(columns.indexOf(g))).toList();
            grouped.computeIfAbsent(String.join(" · ", key), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
