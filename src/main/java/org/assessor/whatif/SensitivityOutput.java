package org.assessor.whatif;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assessor.assessment.Rating;
import org.assessor.distribution.RatingOrder;
import org.assessor.explanation.Numbers;
import org.assessor.output.AtomicFiles;
import org.assessor.output.Csv;
import org.assessor.whatif.Counterfactuals.Counterfactual;
import org.assessor.whatif.Fragility.Fragile;
import org.assessor.whatif.Margins.Margin;

/**
 * Writes a sensitivity analysis together: {@code margins.csv}, {@code fragile.csv},
 * {@code counterfactuals.csv} (when searched) and {@code report.md}.
 */
public final class SensitivityOutput {
    private SensitivityOutput() {
    }

    public static List<String> files(Sensitivity.Result result) {
        List<String> files = new ArrayList<>(List.of("margins.csv", "fragile.csv"));
        if (result.maxChanges() > 0) {
            files.add("counterfactuals.csv");
        }
        if (!result.whatIfOutputs().isEmpty()) {
            files.add("methodology-whatif.csv");
        }
        files.add("report.md");
        return files;
    }

    public static List<Path> write(Sensitivity.Result result, Path folder) {
        String report = new SensitivityReport(result).render();
        AtomicFiles files = new AtomicFiles(folder)
                .add("margins.csv", out -> margins(result, out))
                .add("fragile.csv", out -> fragile(result, out));
        if (result.maxChanges() > 0) {
            files.add("counterfactuals.csv", out -> counterfactuals(result, out));
        }
        if (!result.whatIfOutputs().isEmpty()) {
            files.add("methodology-whatif.csv", out -> methodologyWhatIf(result, out));
        }
        return files.add("report.md", out -> out.write(report.getBytes(StandardCharsets.UTF_8))).write();
    }

    /** One row per rating and what-if result the methodology gives (outputs marked {@code whatif: true}). */
    static void methodologyWhatIf(Sensitivity.Result result, OutputStream out) throws IOException {
        Csv.write(out, List.of("organisation", "sector", "period", "rating", "result", "label", "value"), csv -> {
            for (Rating rating : result.ratings()) {
                for (Map.Entry<String, String> output : result.whatIfOutputs().entrySet()) {
                    Object value = rating.results().get(output.getKey());
                    if (value != null) {
                        csv.printRecord(rating.assessment().getOrganisation(), rating.assessment().getSector(),
                                rating.assessment().getPeriod() == null ? "" : rating.assessment().getPeriod(),
                                RatingOrder.text(rating), output.getKey(), output.getValue(), value);
                    }
                }
            }
        });
    }

    static void margins(Sensitivity.Result result, OutputStream out) throws IOException {
        Map<Rating, Double> nearest = new IdentityHashMap<>();
        result.margins().forEach(m -> nearest.merge(m.rating(), m.distance(), Math::min));
        Csv.write(out, List.of("organisation", "sector", "rating", "rule", "result", "value", "parameter", "edge", "position",
                "distance", "nearest"), csv -> {
            for (Margin m : result.margins()) {
                csv.printRecord(m.rating().assessment().getOrganisation(), m.rating().assessment().getSector(),
                        RatingOrder.text(m.rating()), m.rule(), m.result(), Numbers.format(m.value()), m.parameter(),
                        Numbers.format(m.edge()), m.position(), Numbers.format(m.distance()),
                        m.distance() == nearest.get(m.rating()));
            }
        });
    }

    static void fragile(Sensitivity.Result result, OutputStream out) throws IOException {
        Csv.write(out, List.of("organisation", "sector", "rating", "input", "from", "to", "new_rating", "effect"), csv -> {
            for (Fragile f : result.fragile()) {
                csv.printRecord(f.base().assessment().getOrganisation(), f.base().assessment().getSector(),
                        RatingOrder.text(f.base()), f.move().input(), f.move().from(), f.move().to(), f.rating(),
                        f.raises() ? "raises" : "lowers");
            }
        });
    }

    static void counterfactuals(Sensitivity.Result result, OutputStream out) throws IOException {
        Csv.write(out, List.of("organisation", "sector", "rating", "status", "changes", "moves", "new_rating",
                "alternatives", "candidates_tried"), csv -> {
            for (Counterfactual c : result.counterfactuals()) {
                csv.printRecord(c.base().assessment().getOrganisation(), c.base().assessment().getSector(),
                        RatingOrder.text(c.base()), c.status().name().toLowerCase(Locale.ROOT),
                        c.status() == Counterfactuals.Status.FOUND ? c.moves().size() : "", Move.ids(c.moves()),
                        c.rating() == null ? "" : c.rating(), c.status() == Counterfactuals.Status.FOUND ? c.alternatives() : "",
                        c.tried());
            }
        });
    }
}
