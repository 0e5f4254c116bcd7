package org.assessor.web.runs;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assessor.archive.RunSummary;
import org.springframework.stereotype.Component;

/**
 * Which runs can be compared: two runs compare when they rate at least one organisation in the same sector and
 * period ({@link RunComparison} refuses others with 400). Each run's trusts are read once: runs never change.
 */
@Component
final class ComparableRuns {
    private final Runs runs;
    private final Map<Long, Set<String>> trusts = new ConcurrentHashMap<>();

    ComparableRuns(Runs runs) {
        this.runs = runs;
    }

    /** The other runs that compare with run {@code a}, newest first. */
    List<RunSummary> with(long a) {
        Set<String> mine = trusts(a);
        return runs.all().stream().filter(r -> r.id() != a && !Collections.disjoint(mine, trusts(r.id()))).toList();
    }

    /** The runs that compare with at least one other, newest first. */
    List<RunSummary> any() {
        return runs.all().stream().filter(r -> !with(r.id()).isEmpty()).toList();
    }

    private Set<String> trusts(long id) {
        return trusts.computeIfAbsent(id, run -> {
            Set<String> keys = new HashSet<>();
            runs.ratings(run).forEach(r -> keys.add(r.organisation() + "\u0000" + r.sector() + "\u0000" + r.period()));
            return keys;
        });
    }
}
