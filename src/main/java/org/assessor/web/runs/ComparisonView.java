package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.archive.RunSummary;
import org.assessor.distribution.Transitions;

/**
 * {@code GET /api/runs/{a}/comparisons/{b}}: per sector (and {@code all}), the ratings seen and the matrix
 * of counts, {@code counts[i][j]} trusts rated {@code ratings[i]} in run a and {@code ratings[j]} in run b
 * ("" = not rated); then every trust whose rating changed.
 */
record ComparisonView(RunSummary a, RunSummary b, int paired, Map<String, Matrix> transitions, List<RunComparison.Changed> changed) {

    record Matrix(List<String> ratings, List<List<Integer>> counts, int changed) {
    }

    static ComparisonView of(RunComparison comparison) {
        Transitions transitions = comparison.transitions();
        Map<String, Matrix> matrices = new LinkedHashMap<>();
        for (String sector : transitions.sectors()) {
            List<List<Integer>> counts = new ArrayList<>();
            for (String a : transitions.ratings()) {
                counts.add(transitions.ratings().stream().map(b -> transitions.count(sector, a, b)).toList());
            }
            matrices.put(sector, new Matrix(transitions.ratings(), counts, transitions.changed(sector)));
        }
        return new ComparisonView(comparison.a(), comparison.b(), comparison.paired(), matrices, comparison.changed());
    }
}
