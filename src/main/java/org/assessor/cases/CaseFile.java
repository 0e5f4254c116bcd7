package org.assessor.cases;

import java.util.List;
import java.util.Map;

/**
 * {@code methodology-configs/<id>.tests.yaml}: per-sector default inputs and the cases, each listing only
 * the inputs it changes.
 */
public record CaseFile(String methodology, Map<String, Map<String, String>> defaults, List<Case> cases) {

    /**
     * One named case: an assessment's sector and inputs, the results expected, and optionally rules that must
     * fire. {@code period} gives the assessment a period id; {@code peers} are further assessments of the same
     * sector and period (each its inputs over the sector's defaults) rated in the same session, for rules
     * that compare assessments; {@code expected} is checked on the first assessment only.
     */
    public record Case(String name, String sector, String period, Map<String, String> input, List<Map<String, String>> peers,
                       Map<String, Object> expected, List<String> fired) {
    }
}
