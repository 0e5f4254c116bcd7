package org.assessor.web.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.distribution.Distribution;
import org.assessor.methodology.Labels;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.RatingDefinition;
import org.assessor.trend.Attributes;
import org.assessor.trend.RatingsFile;
import org.assessor.trend.Trend;
import org.assessor.web.system.RequestProblem;

/**
 * Archived runs as the years of a {@link Trend}, as {@code trend} reads ratings files: the distribution of ratings
 * per run and sector, the lowest category two or more runs running, and how trusts (matched by organisation and
 * sector) moved from each run to the next. The runs' methodologies must rate on the same scale.
 */
record RunTrend(List<RunSummary> runs, Trend trend, Distribution distribution, Labels labels, List<Movement> movements,
                int repeatedLowest) {

    /** From one run to the next: trusts rated in both, how many rose, fell or stayed, and each that moved. */
    record Movement(RunSummary from, RunSummary to, int matched, int higher, int lower, int same, List<Moved> moved) {
    }

    /** One trust whose rating moved, with its index in the later run. */
    record Moved(String organisation, String sector, String before, String after, boolean higher, int index) {
    }

    static RunTrend of(List<RunSummary> runs, List<Methodology> methodologies, List<List<StoredRating>> ratings) {
        RatingDefinition scale = methodologies.get(0).config().rating();
        for (int i = 1; i < runs.size(); i++) {
            if (!Objects.equals(scale, methodologies.get(i).config().rating())) {
                throw RequestProblem.badRequest("Runs not comparable", "run " + runs.get(i).id() + " (" + runs.get(i).methodology()
                        + ") rates on another scale than run " + runs.get(0).id() + " (" + runs.get(0).methodology() + "): "
                        + "'" + scale(methodologies.get(i).config().rating()) + "' against '" + scale(scale) + "'", "run", runs.get(i).id());
            }
        }
        List<RatingsFile> years = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            years.add(new RatingsFile(label(runs.get(i)), null, List.of(RatingsFile.ORGANISATION, RatingsFile.SECTOR, "rating"),
                    ratings.get(i).stream().map(RunTrend::row).toList()));
        }
        List<String> order = scale == null || scale.values() == null ? List.of() : scale.values();
        Trend trend = new Trend(years, Attributes.NONE, new Trend.Options(List.of("rating"), order, null, null, List.of()));
        Methodology first = methodologies.get(0);
        List<Movement> movements = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            movements.add(movement(trend, runs.get(i - 1), ratings.get(i - 1), runs.get(i), ratings.get(i)));
        }
        int repeated = (int) trend.streaks("lowest", trend.lowestCategory()).stream()
                .map(s -> s.organisation() + "\u0000" + s.sector()).distinct().count();
        return new RunTrend(List.copyOf(runs), trend, trend.distribution(List.copyOf(first.sectors().keySet())), first.labels(),
                movements, repeated);
    }

    static String label(RunSummary run) {
        return "Run " + run.id() + " (" + run.methodology() + (run.period() == null ? "" : " " + run.period()) + ")";
    }

    /** A rating scale as a reader names it: "star rating (star)", "final segment: 1, 2, 3, 4, 5". */
    static String scale(RatingDefinition rating) {
        if (rating == null) {
            return "no declared rating";
        }
        return rating.label() + (rating.unit() == null ? "" : " (" + rating.unit() + ")")
                + (rating.values() == null || rating.values().isEmpty() ? "" : ": " + String.join(", ", rating.values()));
    }

    private static RatingsFile.Row row(StoredRating rating) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(RatingsFile.ORGANISATION, rating.organisation());
        values.put(RatingsFile.SECTOR, rating.sector());
        values.put("rating", rating.rating() == null ? "" : rating.rating());
        return new RatingsFile.Row(rating.organisation(), rating.sector(), values);
    }

    private static Movement movement(Trend trend, RunSummary from, List<StoredRating> before, RunSummary to, List<StoredRating> after) {
        Map<String, StoredRating> earlier = new LinkedHashMap<>();
        before.forEach(r -> earlier.put(r.organisation() + "\u0000" + r.sector(), r));
        int matched = 0;
        int higher = 0;
        int lower = 0;
        List<Moved> moved = new ArrayList<>();
        for (StoredRating now : after) {
            StoredRating then = earlier.get(now.organisation() + "\u0000" + now.sector());
            if (then == null) {
                continue;
            }
            matched++;
            String a = then.rating() == null ? "" : then.rating();
            String b = now.rating() == null ? "" : now.rating();
            if (!a.equals(b)) {
                boolean up = trend.order().higher(b, a);
                higher += up ? 1 : 0;
                lower += up ? 0 : 1;
                moved.add(new Moved(now.organisation(), now.sector(), a, b, up, now.index()));
            }
        }
        return new Movement(from, to, matched, higher, lower, matched - higher - lower, List.copyOf(moved));
    }

    /** Percentage points the rating's share of the sector gained since the run before; blank for the first run. */
    public String change(String sector, String rating, int column) {
        return Distribution.changeText(distribution.changePp(sector, rating, column));
    }

    /** The chart: how many trusts got each rating, one set of bars per run, all sectors together. */
    Map<String, Object> chart() {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int c = 0; c < runs.size(); c++) {
            int column = c;
            datasets.add(Map.of("label", label(runs.get(c)), "data",
                    distribution.ratings().stream().map(r -> distribution.count(Distribution.ALL, r, column)).toList()));
        }
        return Map.of("type", "bar", "labels", distribution.ratings(), "datasets", datasets);
    }

    /** The chart in words: "Run 1 (…): 3 rated 0, 10 rated 1, …; run 2 (…): …". */
    public String sentence() {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < runs.size(); c++) {
            int column = c;
            parts.add(label(runs.get(c)) + ": " + String.join(", ", distribution.ratings().stream()
                    .map(r -> distribution.count(Distribution.ALL, r, column) + " rated " + r).toList()));
        }
        return String.join("; ", parts) + ".";
    }
}
