package org.assessor.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.assessor.archive.RunSummary;
import org.assessor.archive.StoredRating;
import org.assessor.distribution.RatingOrder;
import org.assessor.distribution.Transitions;
import org.assessor.web.system.RequestProblem;

/**
 * Two archived runs side by side: ratings paired by organisation, sector and period, the transition
 * matrix per sector (rows: run A's rating, columns: run B's; empty means not rated in that run), and the
 * trusts whose rating changed, in run A's order.
 */
record RunComparison(RunSummary a, RunSummary b, Transitions transitions, List<Changed> changed, int paired) {

    /** One trust rated differently; a blank rating means the run did not rate it. */
    public record Changed(String organisation, String sector, String period, String ratingA, String ratingB, Integer indexA,
                          Integer indexB) {
    }

    static RunComparison of(RunSummary a, List<StoredRating> ratingsA, RunSummary b, List<StoredRating> ratingsB) {
        Map<String, StoredRating> bByKey = new LinkedHashMap<>();
        ratingsB.forEach(r -> bByKey.put(key(r), r));
        List<Transitions.Change> changes = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        Set<String> sectors = new LinkedHashSet<>();
        int paired = 0;
        for (StoredRating ra : ratingsA) {
            StoredRating rb = bByKey.remove(key(ra));
            paired += rb == null ? 0 : 1;
            add(ra, rb, changes, changed, sectors);
        }
        if (paired == 0) {
            throw RequestProblem.badRequest("Nothing to compare", "runs " + a.id() + " and " + b.id()
                    + " rate no organisation in the same sector", "against", b.id());
        }
        bByKey.values().forEach(rb -> add(null, rb, changes, changed, sectors));
        return new RunComparison(a, b, Transitions.of(List.copyOf(sectors), changes, RatingOrder.natural()), List.copyOf(changed), paired);
    }

    private static void add(StoredRating ra, StoredRating rb, List<Transitions.Change> changes, List<Changed> changed, Set<String> sectors) {
        StoredRating any = ra != null ? ra : rb;
        String ratingA = ra == null ? "" : Objects.toString(ra.rating(), "");
        String ratingB = rb == null ? "" : Objects.toString(rb.rating(), "");
        sectors.add(any.sector());
        changes.add(new Transitions.Change(any.sector(), ratingA, ratingB));
        if (!ratingA.equals(ratingB)) {
            changed.add(new Changed(any.organisation(), any.sector(), any.period(), ratingA, ratingB,
                    ra == null ? null : ra.index(), rb == null ? null : rb.index()));
        }
    }

    private static String key(StoredRating rating) {
        return rating.organisation() + "\u0000" + rating.sector() + "\u0000" + rating.period();
    }
}
