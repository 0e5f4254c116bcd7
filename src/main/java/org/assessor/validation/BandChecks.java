package org.assessor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.explanation.Numbers;
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

    static List<Problem> check(Methodology methodology, ConfigPlaces places) {
        Map<String, List<Param>> groups = new LinkedHashMap<>();
        methodology.params().stream().filter(Param::isBand)
                .forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        List<Problem> problems = new ArrayList<>();
        groups.forEach((group, bands) -> {
            bands.sort(Comparator.comparing(BandChecks::lower));
            boolean whole = bands.stream().allMatch(BandChecks::wholeBounds);
            bands.stream().filter(b -> lower(b) > upper(b)).forEach(b -> problems.add(places.error("parameters." + b.name(),
                    "band " + range(b) + " is empty: its min is above its max")));
            // compared with the band reaching furthest so far, not just the previous one, so 0–10 then 2–3
            // then 4–6 reports both overlaps
            Param furthest = bands.get(0);
            for (Param band : bands.subList(1, bands.size())) {
                double end = upper(furthest);
                double next = whole ? end + 1 : end;
                double start = lower(band);
                if (start < next) {
                    problems.add(places.error("parameters." + band.name(), "band " + range(band) + " overlaps "
                            + furthest.key() + " " + range(furthest)));
                } else if (start > next) {
                    problems.add(places.error("parameters." + band.name(), "gap between " + furthest.key() + " "
                            + range(furthest) + " and " + band.key() + " " + range(band)));
                }
                if (upper(band) > end) {
                    furthest = band;
                }
            }
        });
        return problems;
    }

    private static double lower(Param band) {
        return band.min() == null ? Double.NEGATIVE_INFINITY : band.min();
    }

    private static double upper(Param band) {
        return band.max() == null ? Double.POSITIVE_INFINITY : band.max();
    }

    private static String range(Param band) {
        return "(" + (band.min() == null ? "" : Numbers.text(band.min())) + "–" + (band.max() == null ? "" : Numbers.text(band.max())) + ")";
    }

    private static boolean wholeBounds(Param band) {
        return (band.min() == null || band.min() == Math.rint(band.min())) && (band.max() == null || band.max() == Math.rint(band.max()));
    }
}
