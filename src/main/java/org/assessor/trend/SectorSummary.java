package org.assessor.trend;

import java.util.List;
import java.util.Map;

/**
 * Ratings counted per sector and for all trusts, in the form the published summaries use: the share of
 * each value of each rating column, the trusts with the best (worst) value in every rating column, and
 * the same for the trusts with a yes in each flag column of the input; with last year's shares when given.
 *
 * @param values the rating values, best first
 * @param groups one per sector, then all trusts
 */
public record SectorSummary(String title, String methodology, List<String> columns, Map<String, String> columnLabels,
                            List<String> values, List<Group> groups, List<Flag> flags, boolean hasPrevious) {

    public static final String ALL = "all";

    /** One sector (or all trusts): this year's tally, last year's (null without one) and each flag's. */
    public record Group(String id, String label, Tally current, Tally previous, Map<String, Tally> flagged) {
    }

    /** A yes/no column of the input, e.g. foundation_trust. */
    public record Flag(String column, String label) {
    }

    public String best() {
        return values.get(0);
    }

    public String worst() {
        return values.get(values.size() - 1);
    }
}
