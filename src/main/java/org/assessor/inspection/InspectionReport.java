package org.assessor.inspection;

import java.util.List;
import java.util.Map;

import org.assessor.methodology.Methodology;

/**
 * Inspected trusts whose rating differs from the one their declarations alone would give.
 *
 * @param rated every assessment in the input
 * @param inspected assessments with at least one finding
 * @param changes the inspected assessments whose rating differs, in input order
 */
public record InspectionReport(Methodology methodology, String kind, int rated, int inspected, List<Change> changes) {

    /** One trust whose rating the inspection changed, with the findings (input name to value) that did it. */
    public record Change(String organisation, String sector, String declared, String inspected, Map<String, String> findings) {
    }

    /** Share of the inspected trusts whose rating changed, in percent (0 when none was inspected). */
    public double changedPercent() {
        return inspected == 0 ? 0 : 100.0 * changes.size() / inspected;
    }

    /** How many changes lowered the rating, by the order of the methodology's rating values (0 when it has none). */
    public long lowered() {
        List<String> order = methodology.config().rating() == null ? null : methodology.config().rating().values();
        if (order == null) {
            return 0;
        }
        return changes.stream().filter(c -> order.indexOf(c.inspected()) > order.indexOf(c.declared())).count();
    }
}
