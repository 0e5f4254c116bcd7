package org.assessor.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assessor.methodology.MethodologyConfig.SectorDefinition;

/**
 * How many synthetic trusts each sector gets: the total split by the sectors' {@code share} (equal
 * without one), rounded by largest remainder so the counts add up, ties to the sector listed first.
 */
final class SectorCounts {
    private SectorCounts() {
    }

    static Map<String, Integer> split(Map<String, SectorDefinition> sectors, int total) {
        List<String> ids = new ArrayList<>(sectors.keySet());
        double[] shares = ids.stream().mapToDouble(id -> share(sectors.get(id))).toArray();
        double sum = java.util.Arrays.stream(shares).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        double[] remainders = new double[ids.size()];
        int given = 0;
        for (int i = 0; i < ids.size(); i++) {
            double exact = sum == 0 ? (double) total / ids.size() : total * shares[i] / sum;
            int whole = (int) Math.floor(exact);
            counts.put(ids.get(i), whole);
            remainders[i] = exact - whole;
            given += whole;
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts.merge(ids.get(best), 1, Integer::sum);
            remainders[best] = -1;
        }
        return counts;
    }

    private static double share(SectorDefinition sector) {
        return sector.share() == null ? 1 : sector.share();
    }
}
