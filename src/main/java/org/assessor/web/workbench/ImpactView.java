package org.assessor.web.workbench;

import java.util.ArrayList;
import java.util.List;

import org.assessor.compare.Comparison;
import org.assessor.distribution.Distribution;
import org.assessor.distribution.RatingOrder;
import org.assessor.distribution.Transitions;

/**
 * A draft's impact on an archived run's input: how many ratings moved up and down, each (from, to) with its count,
 * and every trust whose rating changed with the steps and parameters that differ.
 */
record ImpactView(long run, String base, String baseVersion, int rated, int changed, int higher, int lower,
                  List<Move> moves, List<Changed> trusts) {

    record Move(String sector, String from, String to, int count) {
    }

    record Changed(String organisation, String sector, String before, String after, List<String> differences) {
    }

    static ImpactView of(long run, Comparison comparison) {
        int[] upDown = comparison.upDown(RatingOrder.natural());
        Transitions transitions = comparison.transitions(RatingOrder.natural());
        List<Move> moves = new ArrayList<>();
        for (String sector : transitions.sectors()) {
            if (sector.equals(Distribution.ALL)) {
                continue;
            }
            for (String from : transitions.ratings()) {
                for (String to : transitions.ratings()) {
                    int count = transitions.count(sector, from, to);
                    if (count > 0 && !from.equals(to)) {
                        moves.add(new Move(sector, from, to, count));
                    }
                }
            }
        }
        List<Changed> trusts = comparison.changed().stream().map(p -> new Changed(p.organisation(), p.sector(), p.ratingA(),
                p.ratingB(), comparison.differences(p))).toList();
        return new ImpactView(run, comparison.a().methodology().id(), comparison.a().methodology().version(),
                comparison.pairs().size(), trusts.size(), upDown[0], upDown[1], moves, trusts);
    }
}
