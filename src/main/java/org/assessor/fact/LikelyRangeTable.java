package org.assessor.fact;

import java.util.Map;

/**
 * The likely ranges of every trust of one type ({@code sector}) and quarter ({@code period}), from one
 * bootstrap over all of them: ranks only mean something among the trusts resampled together. A trust
 * without a scored metric has none. Keys are compared by identity, as {@link Assessment} is.
 */
public record LikelyRangeTable(String sector, String period, Map<Assessment, LikelyRange> ranges) {
    public LikelyRangeTable {
        ranges = Map.copyOf(ranges);
    }

    /** The trust's likely ranges, or null when the bootstrap had no scores of it. */
    public LikelyRange of(Assessment assessment) {
        return ranges.get(assessment);
    }
}
