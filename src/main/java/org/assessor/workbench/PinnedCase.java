package org.assessor.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assessor.system.NumberText;

/**
 * A rated trust pinned as a case of a methodology's cases file: every input it had (the sector's inputs it lacked
 * written {@code missing}, so the file's defaults do not stand in for them) and every result it got as expected.
 * The case then guards that rating against any later change of the rules.
 */
public record PinnedCase(String name, String sector, String period, Map<String, String> input, Map<String, String> expected) {

    /** The case as an item of the file's {@code cases:} list. */
    String yaml() {
        List<String> lines = new ArrayList<>();
        lines.add("  - name: " + ParameterLines.quoted(name));
        lines.add("    sector: " + sector);
        if (period != null) {
            lines.add("    period: " + ParameterLines.quoted(period));
        }
        lines.add("    input: " + flowMap(input));
        lines.add("    expected: " + flowMap(expected));
        return String.join("\n", lines) + "\n";
    }

    private static String flowMap(Map<String, String> values) {
        List<String> entries = new ArrayList<>();
        values.forEach((key, value) -> entries.add(key + ": " + (NumberText.problem(value) == null ? value : ParameterLines.quoted(value))));
        return "{" + String.join(", ", entries) + "}";
    }
}
