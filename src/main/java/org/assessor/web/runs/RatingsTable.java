package org.assessor.web.runs;

import java.util.List;
import java.util.Locale;

import org.assessor.archive.StoredRating;
import org.assessor.methodology.Labels;
import org.assessor.web.system.RequestProblem;

/**
 * The run page's ratings table: each column under its label from the methodology (never its id), sectors and
 * periods as their labels (the same words as the filter), one page of at most {@link #PAGE_SIZE} rows of the
 * ratings the query selects, and which column it is sorted by. A page number that is not one of the table's
 * pages is a bad request naming it.
 */
record RatingsTable(List<Column> columns, List<Row> rows, int matched, int total, int page, int pages) {
    static final int PAGE_SIZE = 100;

    /** A column: its id (the sort and filter parameter), its label, and how the table is sorted by it. */
    record Column(String id, String label, boolean numeric, String ariaSort) {
        /** The sort parameter a click on its heading asks for: ascending first, then the other way. */
        public String nextSort() {
            return "ascending".equals(ariaSort) ? "-" + id : id;
        }

        public String indicator() {
            return ariaSort == null ? "" : ariaSort.equals("ascending") ? "▲" : "▼";
        }
    }

    /** One rating: its index in the run (for its explanation), its organisation, then the other cells. */
    record Row(int index, String organisation, List<String> cells) {
    }

    static RatingsTable of(List<StoredRating> all, RatingsQuery query, String page, Labels labels) {
        List<String> ids = RatingsQuery.columns(all);
        List<StoredRating> selected = query.apply(all);
        int pages = Math.max(1, (selected.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = pageNumber(page, pages);
        List<Column> columns = ids.stream().map(id -> new Column(id, heading(labels, id), numeric(all, id),
                id.equals(query.sortColumn()) ? (query.descending() ? "descending" : "ascending") : null)).toList();
        List<Row> rows = selected.subList((number - 1) * PAGE_SIZE, Math.min(selected.size(), number * PAGE_SIZE)).stream()
                .map(r -> new Row(r.index(), r.organisation(), ids.subList(1, ids.size()).stream().map(c -> cell(r, c, labels)).toList()))
                .toList();
        return new RatingsTable(columns, rows, selected.size(), all.size(), number, pages);
    }

    /** The first row's place among the ratings selected, from 1. */
    public int first() {
        return matched == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public int last() {
        return first() == 0 ? 0 : first() + rows.size() - 1;
    }

    /** The columns after the organisation's, in the order of each row's cells. */
    public List<Column> others() {
        return columns.subList(1, columns.size());
    }

    /** The label as a heading: the methodology's label, its first letter a capital. */
    static String heading(Labels labels, String id) {
        String label = labels.of(id);
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static String cell(StoredRating rating, String column, Labels labels) {
        String value = RatingsQuery.value(rating, column);
        if ((column.equals("sector") || column.equals("period")) && !value.isEmpty()) {
            return labels.of(value);
        }
        return labels.shown(column, value);
    }

    /** A column is numeric when every value it has is a number: it is then aligned right. */
    private static boolean numeric(List<StoredRating> ratings, String column) {
        List<String> values = ratings.stream().map(r -> RatingsQuery.value(r, column)).filter(v -> !v.isEmpty()).toList();
        return !values.isEmpty() && values.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?"));
    }

    private static int pageNumber(String page, int pages) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= pages) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the same answer as for a number out of range, below
        }
        throw RequestProblem.badRequest("No such page", "page '" + page + "' is not a page of this table; it has "
                + pages + (pages == 1 ? " page" : " pages") + ", from 1", "page", page);
    }
}
