package org.assessor.input;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assessor.methodology.MethodologyConfig.Domain;
import org.assessor.system.NumberText;
import org.assessor.system.Shown;

/**
 * Reads one cell of a domain: its value id, or one of the published symbols that mean it, exactly as
 * written (only surrounding spaces are dropped, by the caller); for a {@code type: number} or
 * {@code integer} domain, a number in the one accepted syntax ({@link NumberText}) within the domain's
 * range, or one of its {@code suppressed} texts. Anything else is refused with the reason.
 */
public final class ValueParser {
    private final Domain domain;
    private final Map<String, String> meaning = new HashMap<>();
    private final Map<String, String> byLowerCase = new HashMap<>();
    private final String allowed;

    /** A cell read: the value id (or the number as written) and, for numbers, the number; or why it is invalid. */
    public record Parsed(String value, Double number, String problem) {
        static Parsed invalid(String problem) {
            return new Parsed(null, null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    public ValueParser(Domain domain) {
        this.domain = domain;
        if (domain.numeric()) {
            allowed = numbers(domain) + (domain.suppressed() == null || domain.suppressed().isEmpty() ? ""
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
        // ids first: a hint names the id where an id and a symbol differ only in case
        domain.values().keySet().forEach(id -> byLowerCase.putIfAbsent(id.toLowerCase(Locale.ROOT), id));
        symbols.forEach(symbol -> byLowerCase.putIfAbsent(symbol.toLowerCase(Locale.ROOT), symbol));
        String ids = String.join(", ", domain.values().keySet());
        allowed = symbols.isEmpty() ? ids : ids + ", or the symbols " + String.join(" ", symbols);
    }

    /** "a number from 1 to 4", "a whole number of at least 0"... */
    private static String numbers(Domain domain) {
        String what = domain.whole() ? "a whole number" : "a number";
        if (domain.min() != null && domain.max() != null) {
            return what + " from " + domain.min().toPlainString() + " to " + domain.max().toPlainString();
        }
        if (domain.min() != null) {
            return what + " of at least " + domain.min().toPlainString();
        }
        return domain.max() != null ? what + " of at most " + domain.max().toPlainString() : what;
    }

    /** The value id the cell means, or null when it means none. */
    String parse(String cell) {
        Parsed parsed = parseValue(cell);
        return parsed.ok() ? parsed.value() : null;
    }

    /** The cell's value, or why it is not a value of the domain (the message names the cell, quoted). */
    public Parsed parseValue(String cell) {
        if (domain.isSuppressed(cell)) {
            return new Parsed(Domain.SUPPRESSED, null, null);
        }
        if (!domain.numeric()) {
            String id = meaning.get(cell);
            return id != null ? new Parsed(id, null, null) : Parsed.invalid("invalid value " + Shown.quoted(cell) + hint(cell)
                    + "; allowed: " + allowed);
        }
        NumberText.Reading reading = NumberText.read(cell);
        if (!reading.ok()) {
            return Parsed.invalid("invalid value " + Shown.quoted(cell) + ": " + reading.problem() + "; allowed: " + allowed);
        }
        BigDecimal number = reading.value();
        if (domain.whole() && number.stripTrailingZeros().scale() > 0
                || domain.min() != null && number.compareTo(domain.min()) < 0
                || domain.max() != null && number.compareTo(domain.max()) > 0) {
            return Parsed.invalid("value " + cell + " is out of range; allowed: " + allowed);
        }
        return new Parsed(cell, number.doubleValue(), null);
    }

    /** Ids and symbols are matched exactly; a value that differs only in case is pointed out, not taken. */
    private String hint(String cell) {
        String near = byLowerCase.get(cell.toLowerCase(Locale.ROOT));
        return near == null ? "" : " (did you mean '" + near + "'? values are matched exactly, case included)";
    }

    /** True when the cell means no value at all (blank, or one of the domain's missing texts). */
    boolean missing(String cell) {
        return domain.isMissing(cell);
    }

    String allowed() {
        return allowed;
    }
}
