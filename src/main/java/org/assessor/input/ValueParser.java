package org.assessor.input;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.assessor.methodology.MethodologyConfig.Domain;

/** Reads one cell of a domain: its value id, or one of the published symbols that mean it. */
final class ValueParser {
    private final Map<String, String> meaning = new HashMap<>();
    private final String allowed;

    ValueParser(Domain domain) {
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
        return meaning.get(cell);
    }

    String allowed() {
        return allowed;
    }
}
