package org.assessor.web.runs;

import java.util.List;
import java.util.Map;

import org.assessor.archive.StoredRating;
import org.assessor.methodology.MethodologyConfig.ColumnDefinition;
import org.assessor.methodology.MethodologyConfig.TableDefinition;

/**
 * Finds the archived rating a row of a methodology's table was made from, for the link to its explanation: the
 * one rating whose organisation, sector, period and attributes are the row's (for the Oversight Framework: the
 * trust's name, code and quarter). A row that more or fewer than one rating matches gets no link: never another
 * trust's or quarter's explanation.
 */
final class RowMatcher {
    private final List<String> columns;
    private final TableDefinition definition;
    private final List<StoredRating> ratings;

    RowMatcher(List<String> columns, TableDefinition definition, List<StoredRating> ratings) {
        this.columns = columns;
        this.definition = definition;
        this.ratings = ratings;
    }

    /** The rating's index in the run, or -1. */
    int index(List<String> row) {
        List<StoredRating> matches = ratings.stream().filter(rating -> matches(rating, row)).limit(2).toList();
        return matches.size() == 1 ? matches.get(0).index() : -1;
    }

    private boolean matches(StoredRating rating, List<String> row) {
        boolean named = false;
        for (int i = 0; i < columns.size(); i++) {
            ColumnDefinition source = definition.columns().get(columns.get(i));
            if (source == null || source.map() != null) {
                continue;
            }
            String value = row.get(i);
            String stored = stored(rating, source);
            if (stored != null && !stored.equals(value)) {
                return false;
            }
            named |= "organisation".equals(source.field());
        }
        return named;
    }

    /** The rating's value for a column that identifies it; null for a column that does not (a result). */
    private static String stored(StoredRating rating, ColumnDefinition source) {
        if (source.field() != null) {
            return switch (source.field()) {
                case "organisation" -> rating.organisation();
                case "sector" -> rating.sector();
                case "period" -> rating.period() == null ? "" : rating.period();
                default -> null;
            };
        }
        if (source.attribute() != null) {
            Map<String, String> attributes = rating.attributes();
            return attributes.isEmpty() ? null : attributes.getOrDefault(source.attribute(), "");
        }
        return null;
    }
}
