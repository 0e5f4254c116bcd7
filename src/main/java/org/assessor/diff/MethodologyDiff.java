package org.assessor.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assessor.methodology.Methodology;
import org.assessor.rules.RuleTexts;

/** What differs between methodology (or version) A and B, area by area; empty when they mean the same. */
public record MethodologyDiff(Side a, Side b, List<Change> changes) {

    /** One side: the methodology's id and version. */
    public record Side(String id, String version) {
        static Side of(Methodology methodology) {
            return new Side(methodology.id(), methodology.version());
        }
    }

    public MethodologyDiff {
        changes = List.copyOf(changes);
    }

    public static MethodologyDiff of(Methodology a, Methodology b) {
        List<Change> changes = new ArrayList<>(ConfigChanges.of(a.config(), b.config()));
        changes.addAll(ParameterChanges.of(a.params(), b.params()));
        changes.addAll(RuleChanges.of(RuleTexts.of(a.ruleFiles()), RuleTexts.of(b.ruleFiles())));
        changes.sort(Comparator.comparing(Change::area)); // stable: within an area, the order each found them in
        return new MethodologyDiff(Side.of(a), Side.of(b), changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> in(Change.Area area) {
        return changes.stream().filter(c -> c.area() == area).toList();
    }

    /** e.g. "parameters: 1 added, 2 changed; rules: 1 removed", or "no differences". */
    public String summary() {
        List<String> areas = new ArrayList<>();
        for (Change.Area area : Change.Area.values()) {
            List<String> counts = new ArrayList<>();
            for (Change.Kind kind : Change.Kind.values()) {
                long n = in(area).stream().filter(c -> c.kind() == kind).count();
                if (n > 0) {
                    counts.add(n + " " + kind.id());
                }
            }
            if (!counts.isEmpty()) {
                areas.add(area.heading() + ": " + String.join(", ", counts));
            }
        }
        return areas.isEmpty() ? "no differences" : String.join("; ", areas);
    }
}
