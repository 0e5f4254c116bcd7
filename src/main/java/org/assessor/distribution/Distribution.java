package org.assessor.distribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ratings counted per sector under several columns (two sides of a comparison, or years), with each
 * rating's share of its sector and the change in percentage points from the column before. The sector
 * {@link #ALL} counts every assessment.
 */
public final class Distribution {
    public static final String ALL = "all";

    /** One assessment's sector and rating in one column. */
    public record Entry(String sector, String rating) {
    }

    private final List<String> columns;
    private final List<String> sectors;
    private final List<String> ratings;
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, int[]> totals = new HashMap<>();

    private Distribution(List<String> columns, List<String> sectors, List<String> ratings) {
        this.columns = List.copyOf(columns);
        this.sectors = List.copyOf(sectors);
        this.ratings = List.copyOf(ratings);
    }

    /**
     * @param entries one list per column
     * @param sectorOrder sectors to list first, in this order; others follow alphabetically, then {@link #ALL}
     */
    public static Distribution of(List<String> columns, List<List<Entry>> entries, RatingOrder order, List<String> sectorOrder) {
        Set<String> sectors = new LinkedHashSet<>();
        Set<String> present = new TreeSet<>();
        Set<String> ratings = new TreeSet<>(order);
        entries.forEach(column -> column.forEach(e -> {
            present.add(e.sector());
            if (!e.rating().isEmpty()) {
                ratings.add(e.rating());
            }
        }));
        sectorOrder.stream().filter(present::contains).forEach(sectors::add);
        sectors.addAll(present);
        sectors.add(ALL);
        Distribution distribution = new Distribution(columns, new ArrayList<>(sectors), new ArrayList<>(ratings));
        for (int c = 0; c < entries.size(); c++) {
            for (Entry entry : entries.get(c)) {
                if (!entry.rating().isEmpty()) {
                    distribution.add(entry.sector(), entry.rating(), c);
                    distribution.add(ALL, entry.rating(), c);
                }
            }
        }
        return distribution;
    }

    private void add(String sector, String rating, int column) {
        counts.computeIfAbsent(sector + "\u0000" + rating, k -> new int[columns.size()])[column]++;
        totals.computeIfAbsent(sector, k -> new int[columns.size()])[column]++;
    }

    public List<String> columns() {
        return columns;
    }

    /** The sectors, {@link #ALL} last. */
    public List<String> sectors() {
        return sectors;
    }

    /** Every rating seen in any column, lowest first. */
    public List<String> ratings() {
        return ratings;
    }

    public int count(String sector, String rating, int column) {
        int[] c = counts.get(sector + "\u0000" + rating);
        return c == null ? 0 : c[column];
    }

    public int total(String sector, int column) {
        int[] t = totals.get(sector);
        return t == null ? 0 : t[column];
    }

    /** The rating's share of the sector in per cent, or NaN when the sector has no rating in that column. */
    public double percent(String sector, String rating, int column) {
        int total = total(sector, column);
        return total == 0 ? Double.NaN : 100.0 * count(sector, rating, column) / total;
    }

    /** Percentage points gained since the column before; NaN for the first column or an empty sector. */
    public double changePp(String sector, String rating, int column) {
        return column == 0 ? Double.NaN : percent(sector, rating, column) - percent(sector, rating, column - 1);
    }

    /** One decimal place; blank for NaN. */
    public static String percentText(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** With a sign: "+12.0", "-3.5", "0.0"; blank for NaN. */
    public static String changeText(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : value > 0 && !text.equals("0.0") ? "+" + text : text;
    }
}
