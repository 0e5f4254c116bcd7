package org.assessor.trend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.apache.commons.csv.CSVPrinter;
import org.assessor.distribution.Distribution;
import org.assessor.output.AtomicFiles;
import org.assessor.output.Csv;

/**
 * Writes a trend's files together: {@code distribution.csv} (per year, sector and rating: count, share,
 * change in percentage points from the year before), {@code breakdowns.csv} (the same per value of each
 * attribute), {@code categories.csv} (per year and group: how many in the lowest category, and in the
 * lowest or highest of both rating columns, and of those how many the year before too),
 * {@code repeated.csv} (every trust in the lowest category two or more years running) and {@code report.md}.
 */
public final class TrendOutput {
    public static final String LOWEST = "lowest";
    public static final String DOUBLE_LOWEST = "double_lowest";
    public static final String DOUBLE_HIGHEST = "double_highest";

    private TrendOutput() {
    }

    /** The categories counted: the lowest main rating, then double-lowest and double-highest where there are two columns. */
    public static Map<String, BiPredicate<Integer, RatingsFile.Row>> categories(Trend trend) {
        Map<String, BiPredicate<Integer, RatingsFile.Row>> categories = new LinkedHashMap<>();
        categories.put(LOWEST, trend.lowestCategory());
        if (trend.hasPair()) {
            categories.put(DOUBLE_LOWEST, trend.both(false));
            categories.put(DOUBLE_HIGHEST, trend.both(true));
        }
        return categories;
    }

    /** Runs of the lowest category, then of double-lowest. */
    public static List<Trend.Streak> repeated(Trend trend) {
        List<Trend.Streak> streaks = new ArrayList<>(trend.streaks(LOWEST, trend.lowestCategory()));
        if (trend.hasPair()) {
            streaks.addAll(trend.streaks(DOUBLE_LOWEST, trend.both(false)));
        }
        return streaks;
    }

    public static List<String> files(Trend trend) {
        List<String> files = new ArrayList<>(List.of("distribution.csv"));
        if (!trend.options().by().isEmpty()) {
            files.add("breakdowns.csv");
        }
        files.addAll(List.of("categories.csv", "repeated.csv", "report.md"));
        return files;
    }

    public static List<Path> write(Trend trend, List<String> sectorOrder, Path folder) {
        Distribution distribution = trend.distribution(sectorOrder);
        String report = new TrendReport(trend, distribution).render();
        AtomicFiles files = new AtomicFiles(folder).add("distribution.csv", out -> Csv.write(out,
                List.of("year", "sector", "rating", "count", "total", "percent", "change_pp"), csv -> rows(distribution, List.of(), csv)));
        if (!trend.options().by().isEmpty()) {
            files.add("breakdowns.csv", out -> Csv.write(out, List.of("attribute", "value", "year", "rating", "count", "total",
                    "percent", "change_pp"), csv -> {
                for (String attribute : trend.options().by()) {
                    rows(trend.breakdown(attribute), List.of(attribute), csv);
                }
            }));
        }
        files.add("categories.csv", out -> categories(trend, out));
        files.add("repeated.csv", out -> Csv.write(out, List.of("organisation", "sector", "category", "years_running",
                "first_year", "last_year", "current"), csv -> {
            for (Trend.Streak s : repeated(trend)) {
                csv.printRecord(s.organisation(), s.sector(), s.category(), s.years().size(), s.years().get(0),
                        s.years().get(s.years().size() - 1), s.current());
            }
        }));
        return files.add("report.md", out -> out.write(report.getBytes(StandardCharsets.UTF_8))).write();
    }

    private static void rows(Distribution d, List<String> prefix, CSVPrinter csv) throws IOException {
        for (String group : d.sectors()) {
            for (int y = 0; y < d.columns().size(); y++) {
                for (String rating : d.ratings()) {
                    List<Object> row = new ArrayList<>(prefix);
                    row.addAll(List.of(prefix.isEmpty() ? d.columns().get(y) : group, prefix.isEmpty() ? group : d.columns().get(y),
                            rating, d.count(group, rating, y), d.total(group, y), Distribution.percentText(d.percent(group, rating, y)),
                            Distribution.changeText(d.changePp(group, rating, y))));
                    csv.printRecord(row);
                }
            }
        }
    }

    private static void categories(Trend trend, OutputStream out) throws IOException {
        Csv.write(out, List.of("year", "category", "group_by", "group", "rated", "in_category", "also_year_before"), csv -> {
            for (var category : categories(trend).entrySet()) {
                for (Trend.Count c : trend.counts(category.getValue())) {
                    csv.printRecord(c.year(), category.getKey(), c.groupBy(), c.group(), c.rated(), c.inCategory(), c.running());
                }
            }
        });
    }
}
