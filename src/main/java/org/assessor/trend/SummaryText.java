package org.assessor.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sector summary as text: one table per rating column (share of each value per sector, with the change
 * from last year in points), one for the trusts with the best or worst value in every rating column, and
 * one per flag of the input (how many trusts have it, their shares, and how many of the doubles they are).
 */
public final class SummaryText {
    private SummaryText() {
    }

    public static String render(SectorSummary summary) {
        StringBuilder text = new StringBuilder("Sector summary of ").append(summary.title()).append('\n');
        text.append("Shares of each sector's rated trusts, in %").append(summary.hasPrevious()
                ? "; in brackets the change from the previous ratings, in percentage points" : "").append(".\n");
        for (String column : summary.columns()) {
            text.append('\n').append(capitalised(summary.columnLabels().get(column))).append(" (").append(column).append(")\n");
            text.append(shares(summary, column));
        }
        if (summary.columns().size() > 1) {
            text.append('\n').append(capitalised(doubleLabel(summary, summary.best()))).append(" and ")
                    .append(doubleLabel(summary, summary.worst())).append(": ").append(summary.best()).append(", or ")
                    .append(summary.worst()).append(", in every one of ").append(String.join(", ", summary.columns())).append('\n');
            text.append(doubles(summary));
        }
        for (SectorSummary.Flag flag : summary.flags()) {
            text.append('\n').append(capitalised(flag.label())).append(" (").append(flag.column()).append(" = yes in the input)\n");
            text.append(flagged(summary, flag));
        }
        return text.toString();
    }

    private static String shares(SectorSummary summary, String column) {
        List<String> header = new ArrayList<>(List.of("", "trusts"));
        header.addAll(summary.values());
        TextTable table = new TextTable(header);
        for (SectorSummary.Group group : summary.groups()) {
            List<String> row = new ArrayList<>(List.of(group.label(), String.valueOf(group.current().rated(column))));
            for (String value : summary.values()) {
                Double now = group.current().percent(column, value);
                Double before = group.previous() == null ? null : group.previous().percent(column, value);
                row.add(percent(now) + (summary.hasPrevious() ? " (" + change(now, before) + ")" : ""));
            }
            table.row(row);
        }
        return table.render();
    }

    private static String doubles(SectorSummary summary) {
        TextTable table = new TextTable(List.of("", "trusts", doubleLabel(summary, summary.best()), doubleLabel(summary, summary.worst())));
        for (SectorSummary.Group group : summary.groups()) {
            Tally now = group.current();
            Tally before = group.previous();
            table.row(List.of(group.label(), String.valueOf(now.trusts()),
                    counted(now.allBest(), now.trusts(), before == null ? null : before.allBest(), before == null ? 0 : before.trusts(), summary),
                    counted(now.allWorst(), now.trusts(), before == null ? null : before.allWorst(), before == null ? 0 : before.trusts(), summary)));
        }
        return table.render();
    }

    private static String flagged(SectorSummary summary, SectorSummary.Flag flag) {
        List<String> header = new ArrayList<>(List.of("", "trusts", flag.column()));
        summary.columns().forEach(c -> header.add(c + " " + String.join("/", summary.values())));
        if (summary.columns().size() > 1) {
            header.add(doubleLabel(summary, summary.best()));
            header.add(doubleLabel(summary, summary.worst()));
        }
        TextTable table = new TextTable(header);
        for (SectorSummary.Group group : summary.groups()) {
            Tally all = group.current();
            Tally yes = group.flagged().get(flag.column());
            List<String> row = new ArrayList<>(List.of(group.label(), String.valueOf(all.trusts()),
                    yes.trusts() + " (" + percent(all.trusts() == 0 ? null : 100.0 * yes.trusts() / all.trusts()) + "%)"));
            for (String column : summary.columns()) {
                List<String> shares = summary.values().stream().map(v -> percent(yes.percent(column, v))).toList();
                row.add(yes.rated(column) == 0 ? "-" : String.join("/", shares));
            }
            if (summary.columns().size() > 1) {
                row.add(yes.allBest() + " of " + all.allBest());
                row.add(yes.allWorst() + " of " + all.allWorst());
            }
            table.row(row);
        }
        return table.render();
    }

    private static String counted(int count, int trusts, Integer before, int beforeTrusts, SectorSummary summary) {
        Double now = trusts == 0 ? null : 100.0 * count / trusts;
        Double then = before == null || beforeTrusts == 0 ? null : 100.0 * before / beforeTrusts;
        return count + " (" + percent(now) + "%)" + (summary.hasPrevious() ? " (" + change(now, then) + ")" : "");
    }

    private static String doubleLabel(SectorSummary summary, String value) {
        return (summary.columns().size() == 2 ? "double " : "all ") + value;
    }

    static String percent(Double value) {
        return value == null ? "-" : String.valueOf(Math.round(value));
    }

    static String change(Double now, Double before) {
        if (now == null || before == null) {
            return "-";
        }
        long points = Math.round(now) - Math.round(before);
        return points > 0 ? "+" + points : String.valueOf(points);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
