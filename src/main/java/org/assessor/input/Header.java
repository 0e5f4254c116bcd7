package org.assessor.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assessor.methodology.Methodology;
import org.assessor.system.Shown;

/** The columns of an input file, checked: organisation and sector present, every other column known. */
record Header(List<String> names, Map<String, Integer> index) {
    static final String ORGANISATION = "organisation";
    static final String SECTOR = "sector";
    /** Published results travel with the data for checking; rating ignores them. */
    static final String PUBLISHED_PREFIX = "expected_";

    static Header check(long line, List<String> cells, Methodology methodology, InputProblems problems) {
        // Spreadsheets often leave spaces around a heading; they mean nothing
        List<String> names = cells.stream().map(String::strip).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Integer earlier = index.putIfAbsent(name, i);
            if (name.isEmpty()) {
                problems.add(line, i + 1, null, "column " + (i + 1) + " has no name; " + allowed(methodology));
            } else if (earlier != null) {
                problems.add(line, i + 1, name, "column " + Shown.quoted(name) + " appears twice, also as column " + (earlier + 1)
                        + "; each column may appear once");
            } else if (!known(name, methodology)) {
                problems.add(line, i + 1, name, "unknown column " + Shown.quoted(name) + "; " + allowed(methodology));
            }
        }
        for (String required : List.of(ORGANISATION, SECTOR)) {
            if (!index.containsKey(required)) {
                problems.add(line, 0, null, "missing column '" + required + "'; the header is: "
                        + Shown.escaped(shortened(String.join(",", names))));
            }
        }
        problems.throwIfAny();
        return new Header(names, index);
    }

    /** A header written out in a message: the first columns, enough to see which file it is. */
    static String shortened(String header) {
        return header.length() <= 200 ? header : header.substring(0, 200) + "…";
    }

    private static String allowed(Methodology methodology) {
        return "allowed: organisation, sector, the inputs of " + methodology.id() + " ("
                + String.join(", ", methodology.inputs().keySet()) + ")" + attributes(methodology) + ", and expected_* columns";
    }

    private static boolean known(String name, Methodology methodology) {
        return name.equals(ORGANISATION) || name.equals(SECTOR) || name.startsWith(PUBLISHED_PREFIX)
                || methodology.inputs().containsKey(name) || methodology.attributes().containsKey(name);
    }

    private static String attributes(Methodology methodology) {
        return methodology.attributes().isEmpty() ? "" : ", the attributes " + String.join(", ", methodology.attributes().keySet());
    }

    int column(String name) {
        Integer i = index.get(name);
        return i == null ? 0 : i + 1;
    }

    boolean has(String name) {
        return index.containsKey(name);
    }
}
