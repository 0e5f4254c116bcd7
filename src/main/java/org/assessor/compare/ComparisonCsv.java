package org.assessor.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.assessor.assessment.Step;
import org.assessor.compare.Comparison.Pair;
import org.assessor.distribution.Distribution;
import org.assessor.distribution.Transitions;
import org.assessor.output.Csv;

/**
 * The comparison's CSV files: {@code changes.csv} (one row per assessment whose rating differs, with what
 * differs in its explanation), {@code transitions.csv} (rating_a × rating_b counts per sector) and
 * {@code distribution.csv} (counts and shares per rating per sector on each side, and the change in
 * percentage points).
 */
final class ComparisonCsv {
    private ComparisonCsv() {
    }

    public static void changes(Comparison comparison, OutputStream out) throws IOException {
        Csv.write(out, List.of("organisation", "sector", "rating_a", "rating_b", "differing_steps", "rules_only_a",
                "rules_only_b", "differing_parameters", "differing_results"), csv -> {
            for (Pair pair : comparison.changed()) {
                StepDiff diff = comparison.diff(pair);
                csv.printRecord(pair.organisation(), pair.sector(), pair.ratingA(), pair.ratingB(),
                        String.join("; ", diff.items()),
                        String.join("; ", diff.onlyA().stream().map(Step::rule).toList()),
                        String.join("; ", diff.onlyB().stream().map(Step::rule).toList()),
                        String.join("; ", diff.parameters().stream().map(StepDiff.Change::toString).toList()),
                        String.join("; ", diff.results().stream().map(StepDiff.Change::toString).toList()));
            }
        });
    }

    /** Every (rating_a, rating_b) combination of each sector, zeros included, so the file is a full matrix. */
    public static void transitions(Transitions transitions, OutputStream out) throws IOException {
        Csv.write(out, List.of("sector", "rating_a", "rating_b", "count"), csv -> {
            for (String sector : transitions.sectors()) {
                for (String a : transitions.ratings()) {
                    for (String b : transitions.ratings()) {
                        csv.printRecord(sector, a, b, transitions.count(sector, a, b));
                    }
                }
            }
        });
    }

    /** Columns: sector, rating, count_a, percent_a, count_b, percent_b, change_pp (b − a). */
    public static void distribution(Distribution distribution, OutputStream out) throws IOException {
        Csv.write(out, List.of("sector", "rating", "count_a", "percent_a", "count_b", "percent_b", "change_pp"), csv -> {
            for (String sector : distribution.sectors()) {
                for (String rating : distribution.ratings()) {
                    List<Object> row = new ArrayList<>(List.of(sector, rating));
                    for (int c = 0; c < 2; c++) {
                        row.add(distribution.count(sector, rating, c));
                        row.add(Distribution.percentText(distribution.percent(sector, rating, c)));
                    }
                    row.add(Distribution.changeText(distribution.changePp(sector, rating, 1)));
                    csv.printRecord(row);
                }
            }
        });
    }

    /** The two sides' ratings as distribution entries, side A first. */
    public static List<List<Distribution.Entry>> entries(Comparison comparison) {
        List<Distribution.Entry> a = new ArrayList<>();
        List<Distribution.Entry> b = new ArrayList<>();
        for (Pair pair : comparison.pairs()) {
            a.add(new Distribution.Entry(pair.sector(), pair.ratingA()));
            b.add(new Distribution.Entry(pair.sector(), pair.ratingB()));
        }
        return List.of(a, b);
    }
}
