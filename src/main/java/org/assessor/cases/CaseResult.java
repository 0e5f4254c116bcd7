package org.assessor.cases;

import java.util.List;

/** The outcome of one case: what differed from what it expected, empty when it passed. */
public record CaseResult(String file, String name, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        return file + ": case '" + name + "': " + (passed() ? "passed" : String.join("; ", failures));
    }
}
