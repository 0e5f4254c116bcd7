package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assessor.archive.StoredRating;
import org.assessor.distribution.RatingOrder;
import org.assessor.methodology.Labels;
import org.assessor.methodology.MethodologyConfig.ColumnDefinition;
import org.assessor.methodology.MethodologyConfig.TableDefinition;
import org.assessor.web.system.RequestProblem;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A league table's page: one group of it (for the Oversight Framework: one trust type in one quarter, never
 * quarters together), chosen by the group columns' parameters (the first group by default). The group columns
 * are in the heading, not in the rows; the organisation's name comes first, linking to its explanation, then the
 * results, then the organisation's attributes (region, code...), each in the table's order; each
 * column is headed with the methodology's label of its source; sorted by any column ({@code sort=Column},
 * {@code -} in front for descending), else in the table's own order.
 */
record LeagueView(String title, String description, List<Choice> choices, String heading, List<LeagueColumn> columns,
                  List<LeagueRow> rows) {
    static final String SORT = "sort";

    /** A group column and the value chosen, with the values it takes. */
    record Choice(String column, String label, List<String> values, String chosen) {
    }

    /** A column: its name in the table, its heading, how it is sorted and the link that sorts by it. */
    record LeagueColumn(String name, String label, boolean numeric, String ariaSort, String sortHref) {
        public String indicator() {
            return ariaSort == null ? "" : ariaSort.equals("ascending") ? "▲" : "▼";
        }
    }

    /** A row: the rating's index in the run (-1 when no one rating matches it), the name and the other cells. */
    record LeagueRow(int index, String name, List<LeagueCell> cells) {
    }

    /** The segments the rows show with their colours, for the legend. */
    public List<String> segments() {
        return rows.stream().flatMap(row -> row.cells().stream()).filter(cell -> cell.badge() != null).map(LeagueCell::text)
                .distinct().sorted().toList();
    }

    /** "league-table.csv" reads "League table". */
    static String title(String name) {
        String bare = name.replaceFirst("\\.[A-Za-z]+$", "").replace('-', ' ').replace('_', ' ');
        return bare.isEmpty() ? name : bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1);
    }

    static LeagueView of(long run, LeagueTable table, TableDefinition definition, Labels labels, List<StoredRating> ratings,
                         Map<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        String sort = filters.remove(SORT);
        List<Choice> choices = choices(table, labels, definition, filters, ratings);
        choices.forEach(choice -> filters.put(choice.column(), choice.chosen()));
        LeagueTable group = table.filter(filters);
        String name = nameColumn(table, definition);
        // the trust's results first, where a reader looks; its attributes (region, code...) after them
        List<String> shown = new ArrayList<>(table.columns().stream().filter(c -> !table.groups().contains(c) && !c.equals(name))
                .sorted(Comparator.comparing(c -> attribute(definition.columns().get(c)))).toList());
        String sortColumn = sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
        if (sortColumn != null && !sortColumn.equals(name) && !shown.contains(sortColumn)) {
            throw RequestProblem.badRequest("Unknown column", "the table shows no column '" + sortColumn + "' to sort by; columns: "
                    + String.join(", ", shown), SORT, sort);
        }
        List<List<String>> rows = sorted(group.rows(), table.columns().indexOf(sortColumn), sort);
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(shown);
        List<LeagueColumn> columns = all.stream().map(c -> {
            String aria = c.equals(sortColumn) ? (sort.startsWith("-") ? "descending" : "ascending") : null;
            String next = "ascending".equals(aria) ? "-" + c : c;
            return new LeagueColumn(c, label(c, definition.columns().get(c), labels), LeagueCell.numeric(table, c), aria,
                    href(run, table.name(), filters, next));
        }).toList();
        RowMatcher matcher = new RowMatcher(table.columns(), definition, ratings);
        List<LeagueRow> view = rows.stream().map(row -> new LeagueRow(matcher.index(row), row.get(table.columns().indexOf(name)),
                shown.stream().map(c -> LeagueCell.of(row.get(table.columns().indexOf(c)), definition.columns().get(c),
                        LeagueCell.numeric(table, c))).toList())).toList();
        String heading = String.join(" · ", choices.stream().map(Choice::chosen).toList());
        return new LeagueView(title(table.name()), table.description(), choices, heading.isEmpty() ? title(table.name()) : heading,
                columns, view);
    }

    /** The rows by the column at {@code i} (numbers by value), {@code -} in front of the sort for descending; as they are when unsorted. */
    private static List<List<String>> sorted(List<List<String>> rows, int i, String sort) {
        List<List<String>> sorted = new ArrayList<>(rows);
        if (i >= 0) {
            Comparator<List<String>> order = Comparator.comparing(row -> row.get(i), RatingOrder.natural());
            sorted.sort(sort.startsWith("-") ? order.reversed() : order);
        }
        return sorted;
    }

    /**
     * Each group column's chosen value: the parameter's when it is one of its values, else that of the first row
     * of the latest quarter (the last the table lists), where a reader looks first.
     */
    private static List<Choice> choices(LeagueTable table, Labels labels, TableDefinition definition, Map<String, String> filters,
                                        List<StoredRating> ratings) {
        List<Choice> choices = new ArrayList<>();
        List<String> first = firstOfLatestQuarter(table, labels, ratings);
        table.groupValues().forEach((column, values) -> {
            String asked = filters.get(column);
            String label = label(column, definition.columns().get(column), labels);
            if (asked != null && !asked.isBlank() && !values.contains(asked)) {
                throw RequestProblem.badRequest("Unknown " + label.toLowerCase(Locale.ROOT), "no " + label.toLowerCase(Locale.ROOT)
                        + " '" + asked + "' in this table; it has " + String.join(", ", values), column, asked);
            }
            String chosen = asked != null && !asked.isBlank() ? asked : first == null ? "" : first.get(table.columns().indexOf(column));
            choices.add(new Choice(column, label, values, chosen));
        });
        return choices;
    }

    private static List<String> firstOfLatestQuarter(LeagueTable table, Labels labels, List<StoredRating> ratings) {
        if (table.rows().isEmpty()) {
            return null;
        }
        java.util.Set<String> quarters = ratings.stream().map(StoredRating::period).filter(java.util.Objects::nonNull)
                .map(labels::of).collect(java.util.stream.Collectors.toSet());
        return table.groupValues().entrySet().stream().filter(e -> !quarters.isEmpty() && quarters.containsAll(e.getValue()))
                .findFirst().flatMap(quarter -> {
                    int column = table.columns().indexOf(quarter.getKey());
                    String latest = quarter.getValue().get(quarter.getValue().size() - 1);
                    return table.rows().stream().filter(row -> row.get(column).equals(latest)).findFirst();
                }).orElse(table.rows().get(0));
    }

    private static boolean attribute(ColumnDefinition source) {
        return source != null && source.attribute() != null;
    }

    /** The column holding the organisation's name ({@code field: organisation}), else the first. */
    private static String nameColumn(LeagueTable table, TableDefinition definition) {
        return table.columns().stream().filter(c -> definition.columns().get(c) != null
                && "organisation".equals(definition.columns().get(c).field())).findFirst().orElse(table.columns().get(0));
    }

    /** The methodology's label of the column's source when it has one, else the column's own name made readable. */
    static String label(String column, ColumnDefinition source, Labels labels) {
        String id = source == null ? null : source.result() != null ? source.result() : source.attribute() != null ? source.attribute()
                : source.published();
        String label = id == null || !labels.has(id) ? column.replace('_', ' ') : labels.of(id);
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static String href(long run, String table, Map<String, String> filters, String sort) {
        // no URI template: a value with braces in it is a value, not a variable
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/runs").pathSegment(String.valueOf(run), "tables", table);
        filters.forEach((column, value) -> uri.queryParam(column, value));
        uri.queryParam(SORT, sort);
        return uri.build().encode().toUriString();
    }
}
