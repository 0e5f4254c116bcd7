package org.assessor.compare;

import java.util.ArrayList;
import java.util.List;

import org.assessor.compare.Comparison.Pair;
import org.assessor.diff.MethodologyDiff;
import org.assessor.distribution.Distribution;
import org.assessor.distribution.RatingOrder;
import org.assessor.distribution.Transitions;
import org.assessor.methodology.Labels;
import org.assessor.output.Markdown;

/**
 * {@code report.md}: what was compared, how many ratings changed per sector, the transition matrix of
 * each sector, what differs in the methodologies, the distribution under each side with the change in percentage points, and every
 * changed assessment with the explanation steps that differ.
 */
final class ComparisonReport {
    private final Comparison comparison;
    private final Transitions transitions;
    private final Distribution distribution;
    private final RatingOrder order;
    private final Labels labels;

    public ComparisonReport(Comparison comparison, Transitions transitions, Distribution distribution, RatingOrder order) {
        this.comparison = comparison;
        this.transitions = transitions;
        this.distribution = distribution;
        this.order = order;
        this.labels = comparison.a().methodology().labels();
    }

    public String render() {
        Markdown md = new Markdown();
        Side a = comparison.a();
        Side b = comparison.b();
        md.heading(1, "Comparison: " + a.description() + " against " + b.description());
        md.bullet("A: " + side(a)).bullet("B: " + side(b))
                .bullet("Input: " + a.info().inputFile() + " (SHA-256 " + a.info().inputSha256().substring(0, 12) + ")");
        md.paragraph(summary());
        List<List<String>> bySector = new ArrayList<>();
        for (String sector : transitions.sectors()) {
            bySector.add(List.of(sectorLabel(sector), Integer.toString(distribution.total(sector, 0)),
                    Integer.toString(transitions.changed(sector))));
        }
        md.table(List.of("sector", "rated", "changed"), bySector);
        methodologyDiff(md);
        md.heading(2, "Transitions");
        md.paragraph("Rows: " + labels.of("rating") + " under A; columns: under B. The diagonal is unchanged.");
        for (String sector : transitions.sectors()) {
            md.heading(3, sectorLabel(sector));
            md.table(matrixHeader(), matrix(sector));
        }
        md.heading(2, "Distribution");
        md.table(List.of("sector", "rating", "A", "A %", "B", "B %", "change (pp)"), distributionRows());
        md.heading(2, "Changed ratings");
        List<Pair> changed = comparison.changed();
        if (changed.isEmpty()) {
            md.paragraph("No rating differs.");
        }
        changed.forEach(pair -> changedPair(md, pair));
        return md.toString();
    }

    /** What differs in the methodologies themselves, shown even when no rating changed (a rule no trust triggers). */
    private void methodologyDiff(Markdown md) {
        MethodologyDiff diff = Differences.methodologies(comparison);
        md.heading(2, "What differs in the methodologies");
        md.paragraph(Differences.summary(diff));
        if (!diff.isEmpty()) {
            md.line("```");
            Differences.lines(diff).forEach(md::line);
            md.line("```");
        }
    }

    private String side(Side side) {
        return side.description() + " (version " + side.methodology().shortVersion() + "): " + side.methodology().config().title();
    }

    private String summary() {
        int[] upDown = comparison.upDown(order);
        return comparison.pairs().size() + " ratings compared; " + comparison.changed().size() + " differ ("
                + upDown[0] + " higher under B, " + upDown[1] + " lower).";
    }

    private List<String> matrixHeader() {
        List<String> header = new ArrayList<>(List.of("A \\ B"));
        transitions.ratings().forEach(r -> header.add(ratingLabel(r)));
        return header;
    }

    private List<List<String>> matrix(String sector) {
        List<List<String>> rows = new ArrayList<>();
        for (String a : transitions.ratings()) {
            List<String> row = new ArrayList<>(List.of(ratingLabel(a)));
            transitions.ratings().forEach(b -> row.add(Integer.toString(transitions.count(sector, a, b))));
            rows.add(row);
        }
        return rows;
    }

    private List<List<String>> distributionRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String sector : distribution.sectors()) {
            for (String rating : distribution.ratings()) {
                rows.add(List.of(sectorLabel(sector), ratingLabel(rating),
                        Integer.toString(distribution.count(sector, rating, 0)),
                        Distribution.percentText(distribution.percent(sector, rating, 0)),
                        Integer.toString(distribution.count(sector, rating, 1)),
                        Distribution.percentText(distribution.percent(sector, rating, 1)),
                        Distribution.changeText(distribution.changePp(sector, rating, 1))));
            }
        }
        return rows;
    }

    private void changedPair(Markdown md, Pair pair) {
        md.heading(3, pair.organisation() + " — " + sectorLabel(pair.sector()) + ": " + ratingLabel(pair.ratingA())
                + " → " + ratingLabel(pair.ratingB()));
        Differences.of(comparison, pair).forEach(md::bullet);
    }

    private String sectorLabel(String sector) {
        return Distribution.ALL.equals(sector) ? "all sectors" : labels.of(sector);
    }

    private String ratingLabel(String rating) {
        return rating.isEmpty() ? "not rated" : rating;
    }
}
