package org.assessor.whatif;

import java.util.List;
import java.util.stream.Collectors;

import org.assessor.methodology.Labels;

/** One input set from one value to another. */
public record Move(String input, String from, String to) {

    /** "financial management: underachieved → achieved". */
    public String text(Labels labels) {
        return labels.of(input) + ": " + labels.value(input, from) + " → " + labels.value(input, to);
    }

    /** "financial_management: underachieved -> achieved", with ids as in the input file. */
    @Override
    public String toString() {
        return input + ": " + from + " -> " + to;
    }

    public static String text(List<Move> moves, Labels labels) {
        return moves.stream().map(m -> m.text(labels)).collect(Collectors.joining("; "));
    }

    public static String ids(List<Move> moves) {
        return moves.stream().map(Move::toString).collect(Collectors.joining("; "));
    }
}
