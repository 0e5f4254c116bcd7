package org.assessor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.assessor.assessment.Rating;

/**
 * Refuses to benchmark a lower bound that computes something else: the plain-Java ratings must equal the
 * engine's, rating and every intermediate result (names, values and types), for every assessment.
 */
final class Agreement {
    private Agreement() {
    }

    static void require(String what, List<Rating> engine, List<Rating> plain) {
        if (engine.size() != plain.size()) {
            throw new IllegalStateException(what + ": the engine gave " + engine.size() + " ratings, plain Java " + plain.size());
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < engine.size(); i++) {
            Rating e = engine.get(i);
            Rating p = plain.get(i);
            if (e.assessment() != p.assessment() || !Objects.equals(e.results(), p.results())) {
                differences.add(e.assessment() + ": engine " + typed(e) + ", plain Java " + typed(p));
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException(what + ": plain Java differs from the engine for " + differences.size() + " of "
                    + engine.size() + " subjects, e.g. " + differences.subList(0, Math.min(5, differences.size())));
        }
        System.out.println("[bench] " + what + ": plain Java agrees with the engine on all " + engine.size() + " ratings");
    }

    private static String typed(Rating rating) {
        StringBuilder text = new StringBuilder("{");
        rating.results().forEach((k, v) -> text.append(k).append('=').append(v)
                .append(v == null ? "" : " (" + v.getClass().getSimpleName() + ")").append(", "));
        return text.append('}').toString();
    }
}
