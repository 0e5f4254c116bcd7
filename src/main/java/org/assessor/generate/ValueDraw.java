package org.assessor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assessor.methodology.MethodologyConfig.Domain;
import org.assessor.methodology.MethodologyConfig.DomainValue;

/**
 * Draws one value of a domain. Each value weighs its {@code share}. Without one, a value of a graded
 * domain weighs {@value #DEFAULT_DECAY} times the one before it (domains list their best value first) and
 * a value of a descriptive domain (a region, yes or no) weighs as much as any other. A tilt above 1 moves
 * the draw towards the later values, below 1 towards the earlier ones.
 */
final class ValueDraw {
    static final double DEFAULT_DECAY = 0.2;

    private final List<String> values = new ArrayList<>();
    private final List<Double> shares = new ArrayList<>();

    ValueDraw(Domain domain, boolean graded) {
        double next = 1;
        for (Map.Entry<String, DomainValue> entry : domain.values().entrySet()) {
            DomainValue value = entry.getValue();
            values.add(entry.getKey());
            shares.add(value != null && value.share() != null ? value.share() : next);
            next *= graded ? DEFAULT_DECAY : 1;
        }
    }

    String draw(Random random, double tilt) {
        double[] weights = new double[values.size()];
        double total = 0;
        double factor = 1;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = shares.get(i) * factor;
            total += weights[i];
            factor *= tilt;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0 && weights[i] > 0) {
                return values.get(i);
            }
        }
        return lastWithWeight(weights);
    }

    private String lastWithWeight(double[] weights) {
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return values.get(i);
            }
        }
        return values.get(0);
    }
}
