package org.assessor.cases;

import java.util.List;
import java.util.Map;

/**
 * {@code methodology-configs/<id>.tests.yaml}: per-sector default inputs and the cases, each listing only
 * the inputs it changes.
 */
public record CaseFile(String methodology, Map<String, Map<String, String>> defaults, List<Case> cases) {

    /** One named case: a subject's sector and inputs, the results expected, and optionally rules that must fire. */
    public record Case(String name, String sector, Map<String, String> input, Map<String, Object> expected,
                       List<String> fired) {
    }
}
