package org.assessor.output;

import java.util.ArrayList;
import java.util.List;

/** A Markdown document built line by line: headings, paragraphs, bullets and tables with escaped cells. */
public final class Markdown {
    private final StringBuilder text = new StringBuilder();

    public Markdown heading(int level, String title) {
        blank();
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    public Markdown paragraph(String paragraph) {
        blank();
        text.append(paragraph).append("\n\n");
        return this;
    }

    public Markdown bullet(String item) {
        text.append("- ").append(item).append('\n');
        return this;
    }

    public Markdown line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** A table: the header row, then rows; numeric-looking columns are right-aligned. */
    public Markdown table(List<String> header, List<List<String>> rows) {
        blank();
        text.append(row(header));
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            final int column = c;
            boolean numeric = !rows.isEmpty() && rows.stream().allMatch(r -> column >= r.size() || numeric(r.get(column)));
            rule.add(numeric ? "---:" : "---");
        }
        text.append(row(rule));
        rows.forEach(r -> text.append(row(r)));
        text.append('\n');
        return this;
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        cells.forEach(cell -> row.append(' ').append(escape(cell)).append(" |"));
        return row.append('\n').toString();
    }

    public static String escape(String cell) {
        return cell == null ? "" : cell.replace("|", "\\|").replace("\n", " ");
    }

    private static boolean numeric(String cell) {
        return cell == null || cell.isEmpty() || cell.matches("[+-]?\\d+(\\.\\d+)?%?( \\([+-]?\\d+(\\.\\d+)?%?\\))?");
    }

    private void blank() {
        int n = text.length();
        if (n > 0 && !(n > 1 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
            text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    @Override
    public String toString() {
        return text.toString().stripTrailing() + "\n";
    }
}
