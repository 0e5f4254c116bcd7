package org.assessor.web.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.assessor.archive.AuditQuery;
import org.assessor.web.system.RequestProblem;

/**
 * The audit page's query parameters as given (blank means any): user (any part), action, text (in the target or
 * the outcome), the first and last day (UTC, both included), the page from 1 and its size. Anything that cannot be
 * read as meant is a 400 naming the parameter.
 */
record AuditFilter(String user, String action, String text, String from, String to, String page, String size) {
    static final int SIZE = 50;
    static final int MAX_SIZE = 500;
    /** Pages beyond this would start past the largest offset a query takes. */
    private static final int PAGES = Integer.MAX_VALUE / MAX_SIZE;

    AuditQuery query() {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw RequestProblem.badRequest("Bad date range", "to (" + last + ") is before from (" + first + ")", "to", to);
        }
        int size = number("size", this.size, SIZE, MAX_SIZE);
        return new AuditQuery(blank(user), blank(action), blank(text),
                first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                (pageNumber() - 1) * size, size);
    }

    int pageNumber() {
        return number("page", page, 1, PAGES);
    }

    private static LocalDate date(String name, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestProblem.badRequest("Bad date", name + " must be a date written year-month-day, such as 2026-12-04; got '"
                    + shown(value) + "'", name, shown(value));
        }
    }

    /** A whole number from 1 to {@code max}; {@code otherwise} when not given. */
    private static int number(String name, String value, int otherwise, int max) {
        if (blank(value) == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw RequestProblem.badRequest("Bad " + name, name + " must be a whole number " + (max == PAGES ? "from 1" : "from 1 to " + max)
                + "; got '" + shown(value) + "'", name, shown(value));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** At most 80 characters of what was given, as messages quote values. */
    private static String shown(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "… (" + value.length() + " characters)";
    }
}
