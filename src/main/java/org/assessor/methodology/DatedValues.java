package org.assessor.methodology;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Picks the value of a dated parameter in force on the methodology's {@code as_of} date: the value
 * whose start date is the latest on or before it (OpenFisca's parameter periods).
 */
final class DatedValues {
    private final LocalDate asOf;
    private final ConfigProblems problems;

    /** The value chosen and the date it took effect. */
    record Choice(LocalDate since, JsonNode value) {
    }

    DatedValues(String asOf, ConfigProblems problems) {
        this.problems = problems;
        this.asOf = asOf == null ? null : date("as_of", asOf);
    }

    Choice choose(String path, JsonNode values) {
        if (asOf == null) {
            problems.error(path, "a dated parameter needs the methodology's as_of date (YYYY-MM-DD) to pick its value");
            return null;
        }
        if (values == null || !values.isObject() || values.isEmpty()) {
            problems.error(path, "expected dates (YYYY-MM-DD) each with the value that takes effect on it");
            return null;
        }
        Choice chosen = null;
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            LocalDate since = date(path + "." + entry.getKey(), entry.getKey());
            if (since != null && !since.isAfter(asOf) && (chosen == null || since.isAfter(chosen.since()))) {
                chosen = new Choice(since, entry.getValue());
            }
        }
        if (chosen == null) {
            problems.error(path, "no value in force on " + asOf + "; the earliest takes effect later");
        }
        return chosen;
    }

    private LocalDate date(String path, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(path, "'" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }
}
