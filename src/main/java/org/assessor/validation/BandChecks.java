package org.assessor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.fact.Param;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;

/**
 * Bands of one group (e.g. {@code key_target_summary.acute}) must neither overlap nor leave gaps. Bands
 * with whole-number bounds are read as whole numbers: 0–1 and 2–3 meet.
 */
final class BandChecks {
    private BandChecks() {
    }

    static List<Problem> check(Methodology methodology) {
        Map<String, List<Param>> groups = new LinkedHashMap<>();
        methodology.params().stream().filter(Param::isBand)
                .forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        List<Problem> problems = new ArrayList<>();
        String file = "methodology-configs/" + methodology.id() + ".yaml";
        groups.forEach((group, bands) -> {
            bands.sort(Comparator.comparing(p -> p.min() == null ? Double.NEGATIVE_INFINITY : p.min()));
            boolean whole = bands.stream().allMatch(BandChecks::wholeBounds);
            for (int i = 1; i < bands.size(); i++) {
                Param before = bands.get(i - 1);
                Param band = bands.get(i);
                double end = before.max() == null ? Double.POSITIVE_INFINITY : before.max();
                double next = whole ? end + 1 : end;
                double start = band.min() == null ? Double.NEGATIVE_INFINITY : band.min();
                if (start < next && (whole || start < end)) {
                    problems.add(Problem.error(file, 0, 0, "parameters." + band.name(), "band overlaps " + before.key()));
                } else if (start > next) {
                    problems.add(Problem.error(file, 0, 0, "parameters." + band.name(), "gap between " + before.key()
                            + " (up to " + end + ") and " + band.key() + " (from " + start + ")"));
                }
            }
        });
        return problems;
    }

    private static boolean wholeBounds(Param band) {
        return (band.min() == null || band.min() == Math.rint(band.min())) && (band.max() == null || band.max() == Math.rint(band.max()));
    }
}
