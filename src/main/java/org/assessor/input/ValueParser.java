package org.assessor.input;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.assessor.methodology.MethodologyConfig.Domain;

/**
 * Reads one cell of a domain: its value id, or one of the published symbols that mean it; for a
 * {@code type: number} domain, a number, or one of the domain's {@code suppressed} texts.
 */
final class ValueParser {
    private final Domain domain;
    private final Map<String, String> meaning = new HashMap<>();
    private final String allowed;

    /** A parsed cell: the value id (or the number as written) and, for numbers, the number. */
    record Parsed(String value, Double number) {
    }

    ValueParser(Domain domain) {
        this.domain = domain;
        if (domain.numeric()) {
            allowed = "a number" + (domain.suppressed() == null || domain.suppressed().isEmpty() ? ""
                    : ", or " + String.join(" ", domain.suppressed()) + " (suppressed)");
            return;
        }
        Set<String> symbols = new LinkedHashSet<>();
        domain.values().forEach((id, value) -> {
            meaning.put(id, id);
            if (value != null && value.symbols() != null) {
                value.symbols().forEach(symbol -> {
                    meaning.put(symbol, id);
                    symbols.add(symbol);
                });
            }
        });
        String ids = String.join(", ", domain.values().keySet());
        allowed = symbols.isEmpty() ? ids : ids + ", or the symbols " + String.join(" ", symbols);
    }

    /** The value id the cell means, or null when it means none. */
    String parse(String cell) {
        Parsed parsed = parseValue(cell);
        return parsed == null ? null : parsed.value();
    }

    /** The cell's value, or null when it is not a value of the domain. */
    Parsed parseValue(String cell) {
        if (domain.isSuppressed(cell)) {
            return new Parsed(Domain.SUPPRESSED, null);
        }
        if (!domain.numeric()) {
            String id = meaning.get(cell);
            return id == null ? null : new Parsed(id, null);
        }
        try {
            double number = Double.parseDouble(cell.replace(",", ""));
            return Double.isFinite(number) ? new Parsed(cell, number) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the cell means no value at all (blank, or one of the domain's missing texts). */
    boolean missing(String cell) {
        return domain.isMissing(cell);
    }

    String allowed() {
        return allowed;
    }
}
