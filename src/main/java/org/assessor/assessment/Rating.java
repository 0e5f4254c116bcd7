package org.assessor.assessment;

import java.util.List;
import java.util.Map;

import org.assessor.fact.Assessment;

/** An assessment's rating with every result the rules derived and the steps that derived them, in firing order. */
public record Rating(Assessment assessment, Map<String, Object> results, List<Step> steps) {
    public static final String RATING = "rating";

    public Object value() {
        return results.get(RATING);
    }

    public boolean dependsOnAssumptions() {
        for (Step step : steps) {
            if (step.usesAssumptions()) {
                return true;
            }
        }
        return false;
    }
}
