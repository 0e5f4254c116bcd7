package org.assessor.web.runs;

import org.assessor.methodology.MethodologyConfig.ColumnDefinition;

/**
 * One cell of a league table's page as its column says to show it ({@code show:} in the table's definition): a
 * segment with its colour ({@code segment segment-N}) and its number as text, so that colour never carries it
 * alone; a movement with an arrow and, for screen readers, words ("up 2", "down 1", "no change", "not known"); anything else as written.
 *
 * @param cssClass the cell's class ({@code num} for numbers), or null
 * @param badge the class of the segment's coloured badge, or null
 * @param arrow the arrow, hidden from screen readers, or null
 * @param spoken what a screen reader says instead of the text, or null
 */
record LeagueCell(String text, String cssClass, String badge, String arrow, String spoken) {

    static LeagueCell of(String value, ColumnDefinition source, boolean numeric) {
        String show = source == null ? null : source.show();
        String css = numeric ? "num" : null;
        if (ColumnDefinition.SEGMENT.equals(show) && value.matches("[1-9]")) {
            return new LeagueCell(value, css, "segment segment-" + value, null, null);
        }
        if (ColumnDefinition.MOVEMENT.equals(show)) {
            return movement(value, css);
        }
        return new LeagueCell(value, css, null, null, null);
    }

    private static LeagueCell movement(String value, String css) {
        if (value.isBlank()) {
            return new LeagueCell("–", css, null, null, "not known");
        }
        if (!value.matches("-?\\d+")) {
            return new LeagueCell(value, css, null, null, null);
        }
        int change = Integer.parseInt(value);
        if (change == 0) {
            return new LeagueCell("0", css, null, null, "no change");
        }
        return new LeagueCell(String.valueOf(Math.abs(change)), (css == null ? "" : css + " ") + (change > 0 ? "up" : "down"), null,
                change > 0 ? "▲" : "▼", (change > 0 ? "up " : "down ") + Math.abs(change));
    }

    /** A column is numeric when every value it has is a number (movements signed): aligned right. */
    static boolean numeric(LeagueTable table, String column) {
        int i = table.columns().indexOf(column);
        var values = table.rows().stream().map(row -> row.get(i)).filter(v -> !v.isBlank()).toList();
        return !values.isEmpty() && values.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?"));
    }
}
