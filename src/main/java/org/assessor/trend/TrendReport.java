package org.assessor.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.assessor.distribution.Distribution;
import org.assessor.output.Markdown;

/** {@code report.md} of a trend: distributions year on year, repeated poor performance, both ratings, breakdowns. */
final class TrendReport {
    private final Trend trend;
    private final Distribution distribution;

    TrendReport(Trend trend, Distribution distribution) {
        this.trend = trend;
        this.distribution = distribution;
    }

    String render() {
        Markdown md = new Markdown();
        List<String> labels = trend.labels();
        md.heading(1, "Year on year: " + String.join(", ", labels));
        trend.years().forEach(y -> md.bullet(y.label() + ": " + y.file() + " (" + y.rows().size() + " ratings)"));
        String primary = trend.primary();
        md.paragraph("Rating column" + (trend.hasPair() ? "s: " + String.join(", ", trend.options().ratingColumns()) : ": " + primary)
                + ". Lowest category: " + primary + " " + trend.lowest(primary) + "; highest: " + trend.highest(primary)
                + ". Trusts are matched across years by organisation and sector; changes are in percentage points (pp) "
                + "from the year before.");
        md.heading(2, "Distribution per sector");
        md.table(header("sector"), rows(distribution));
        repeated(md);
        if (trend.hasPair()) {
            both(md);
        }
        for (String attribute : trend.options().by()) {
            md.heading(2, "By " + attribute.replace('_', ' '));
            md.table(header(attribute), rows(trend.breakdown(attribute)));
            categoriesBy(md, attribute);
        }
        return md.toString();
    }

    /** One row per value and year: how many in each category. */
    private void categoriesBy(Markdown md, String attribute) {
        List<String> header = new ArrayList<>(List.of(attribute, "year", "rated"));
        List<List<Trend.Count>> counts = new ArrayList<>();
        for (var category : TrendOutput.categories(trend).entrySet()) {
            header.add(category.getKey().replace('_', ' '));
            counts.add(trend.counts(category.getValue()).stream().filter(c -> c.groupBy().equals(attribute)).toList());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < counts.get(0).size(); i++) {
            Trend.Count first = counts.get(0).get(i);
            List<String> row = new ArrayList<>(List.of(first.group(), first.year(), Integer.toString(first.rated())));
            for (List<Trend.Count> category : counts) {
                row.add(Integer.toString(category.get(i).inCategory()));
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> r.get(0)));
        md.table(header, rows);
    }

    private List<String> header(String group) {
        List<String> header = new ArrayList<>(List.of(group, trend.primary()));
        for (int y = 0; y < trend.labels().size(); y++) {
            header.add(trend.labels().get(y));
            if (y > 0) {
                header.add("change (pp)");
            }
        }
        return header;
    }

    private static List<List<String>> rows(Distribution d) {
        List<List<String>> rows = new ArrayList<>();
        for (String group : d.sectors()) {
            for (String rating : d.ratings()) {
                List<String> row = new ArrayList<>(List.of(group, rating));
                for (int y = 0; y < d.columns().size(); y++) {
                    row.add(d.total(group, y) == 0 ? "–" : d.count(group, rating, y) + " (" + Distribution.percentText(d.percent(group, rating, y)) + "%)");
                    if (y > 0) {
                        row.add(Distribution.changeText(d.changePp(group, rating, y)));
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void repeated(Markdown md) {
        String lowest = trend.primary() + " " + trend.lowest(trend.primary());
        md.heading(2, "Repeated poor performance (" + lowest + ")");
        List<Trend.Count> counts = trend.counts(trend.lowestCategory());
        md.table(List.of("year", "sector", "in the lowest category", "also the year before", "rated"), counts.stream()
                .filter(c -> c.groupBy().equals("sector") || c.groupBy().equals("all"))
                .map(c -> List.of(c.year(), c.group(), Integer.toString(c.inCategory()), Integer.toString(c.running()),
                        Integer.toString(c.rated()))).toList());
        streaks(md, trend.streaks(TrendOutput.LOWEST, trend.lowestCategory()), lowest);
    }

    private void both(Markdown md) {
        List<String> columns = trend.options().ratingColumns();
        md.heading(2, "Both ratings: " + columns.get(0) + " and " + columns.get(1));
        Map<String, BiPredicate<Integer, RatingsFile.Row>> categories = TrendOutput.categories(trend);
        List<Trend.Count> low = trend.counts(categories.get(TrendOutput.DOUBLE_LOWEST));
        List<Trend.Count> high = trend.counts(categories.get(TrendOutput.DOUBLE_HIGHEST));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < low.size(); i++) {
            Trend.Count l = low.get(i);
            if (l.groupBy().equals("all") || l.groupBy().equals("sector")) {
                rows.add(List.of(l.year(), l.group(), Integer.toString(l.inCategory()), Integer.toString(l.running()),
                        Integer.toString(high.get(i).inCategory()), Integer.toString(l.rated())));
            }
        }
        md.paragraph("Double lowest: " + columns.get(0) + " " + trend.lowest(columns.get(0)) + " and " + columns.get(1) + " "
                + trend.lowest(columns.get(1)) + ". Double highest: " + columns.get(0) + " " + trend.highest(columns.get(0)) + " and "
                + columns.get(1) + " " + trend.highest(columns.get(1)) + ".");
        md.table(List.of("year", "sector", "double lowest", "also the year before", "double highest", "rated"), rows);
        streaks(md, trend.streaks(TrendOutput.DOUBLE_LOWEST, categories.get(TrendOutput.DOUBLE_LOWEST)), "double lowest");
    }

    private static void streaks(Markdown md, List<Trend.Streak> streaks, String category) {
        if (streaks.isEmpty()) {
            md.paragraph("No trust was " + category + " two years running.");
            return;
        }
        md.paragraph(streaks.size() + " runs of two or more consecutive years " + category + ":");
        md.table(List.of("organisation", "sector", "years running", "years", "still at the last year"), streaks.stream()
                .map(s -> List.of(s.organisation(), s.sector(), Integer.toString(s.years().size()), String.join(", ", s.years()),
                        s.current() ? "yes" : "no")).toList());
    }
}
