package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assessor.archive.StoredRating;
import org.assessor.distribution.RatingOrder;
import org.assessor.web.system.RequestProblem;

/**
 * Which of a run's ratings to show and in what order: filters on sector, rating, any one column (an
 * intermediate result or attribute) and a part of the organisation's name ({@code search}, case-blind), and a
 * sort column, {@code -} in front for descending. Numbers sort by value. Unknown columns are a bad request
 * naming the parameter.
 */
record RatingsQuery(String sector, String rating, String column, String value, String search, String sort) {
    static final List<String> FIXED = List.of("organisation", "sector", "period", "rating");

    /** organisation, sector, period (when any rating has one), rating, every result column as first met, then the attributes. */
    public static List<String> columns(List<StoredRating> ratings) {
        Set<String> columns = new LinkedHashSet<>(List.of("organisation", "sector"));
        if (ratings.stream().anyMatch(r -> r.period() != null)) {
            columns.add("period");
        }
        columns.add("rating");
        ratings.forEach(r -> columns.addAll(r.results().keySet()));
        ratings.forEach(r -> columns.addAll(r.attributes().keySet()));
        return new ArrayList<>(columns);
    }

    public static String value(StoredRating rating, String column) {
        String value = switch (column) {
            case "organisation" -> rating.organisation();
            case "sector" -> rating.sector();
            case "period" -> rating.period();
            case "rating" -> rating.rating();
            default -> rating.results().containsKey(column) ? rating.results().get(column) : rating.attributes().get(column);
        };
        return value == null ? "" : value;
    }

    public List<StoredRating> apply(List<StoredRating> ratings) {
        List<String> columns = columns(ratings);
        check("column", column, columns);
        String sortColumn = sortColumn();
        check("sort", sortColumn, columns);
        List<StoredRating> selected = new ArrayList<>(ratings.stream()
                .filter(r -> blank(sector) || sector.equals(r.sector()))
                .filter(r -> blank(rating) || rating.equals(r.rating()))
                .filter(r -> blank(column) || blank(value) || value.equals(value(r, column)))
                .filter(r -> blank(search) || folded(r.organisation()).contains(folded(search.strip())))
                .toList());
        if (sortColumn != null) {
            Comparator<StoredRating> order = Comparator.comparing(r -> value(r, sortColumn), RatingOrder.natural());
            selected.sort(descending() ? order.reversed() : order);
        }
        return selected;
    }

    private static void check(String parameter, String column, List<String> columns) {
        if (!blank(column) && !columns.contains(column)) {
            throw RequestProblem.badRequest("Unknown column", "no column '" + column + "' in this run; columns: "
                    + String.join(", ", columns), parameter, column);
        }
    }

    /** The sort column without its direction; null when unsorted. */
    String sortColumn() {
        return blank(sort) ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    }

    boolean descending() {
        return !blank(sort) && sort.startsWith("-");
    }

    /** Lower case without regard to the locale, so that "AINTREE", "Aintree" and "aintree" find the same trust. */
    private static String folded(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
