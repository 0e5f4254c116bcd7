package org.assessor.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A methodology's YAML configuration as written: {@code methodology-configs/<id>.yaml}. Unknown and
 * duplicate keys are rejected when it is read; {@link MethodologyChecks} checks what binding cannot.
 */
public record MethodologyConfig(
        String id,
        String title,
        String publisher,
        String period,
        @JsonProperty("as_of") String asOf,
        String source,
        String description,
        @JsonProperty("extends") String parent,
        RatingDefinition rating,
        RulePolicy allow,
        Limits limits,
        Map<String, OutputDefinition> outputs,
        Map<String, Domain> domains,
        Map<String, InputDefinition> inputs,
        Map<String, AttributeDefinition> attributes,
        Map<String, SectorDefinition> sectors,
        @JsonProperty("input_format") InputFormat inputFormat,
        Sessions sessions,
        Map<String, TableDefinition> tables,
        @JsonProperty("published_results") Map<String, String> publishedResults,
        JsonNode parameters) {

    /**
     * What the final result is called and counted in, e.g. "star rating" in "star", and optionally the
     * values it takes, best first (for reports that order or compare ratings).
     */
    public record RatingDefinition(String label, String unit, List<String> values) {
    }

    /** DRL constructs beyond plain rules that this methodology's rules may use; both off unless set. Each one on is a relaxation. */
    public record RulePolicy(Boolean functions, Boolean eval) {
    }

    /**
     * What one rating may take before the engine stops it with an error naming the rule and the assessment:
     * rule firings per assessment rated, the wall time of a batch (one session) and the memory a batch may
     * allocate. Absent values take {@link #DEFAULTS}; a value above the default is a relaxation.
     */
    public record Limits(@JsonProperty("firings_per_rating") Integer firingsPerRating,
                         @JsonProperty("seconds_per_batch") Integer secondsPerBatch,
                         @JsonProperty("megabytes_per_batch") Integer megabytesPerBatch) {
        /** About thirty times what the most demanding shipped methodology takes (measured: docs/security.md). */
        public static final Limits DEFAULTS = new Limits(2_000, 120, 512);

        /** These limits with every value left out taken from the defaults. */
        public Limits orDefaults() {
            return new Limits(firingsPerRating == null ? DEFAULTS.firingsPerRating : firingsPerRating,
                    secondsPerBatch == null ? DEFAULTS.secondsPerBatch : secondsPerBatch,
                    megabytesPerBatch == null ? DEFAULTS.megabytesPerBatch : megabytesPerBatch);
        }
    }

    /**
     * A result written next to the rating. {@code rating: true} marks a second rating in its own right, on
     * the rating's scale (use of resources next to quality of services): reports count it like the rating.
     * {@code whatif: true} marks a result that is itself a what-if (the improvements a subject needs for a better
     * rating, as the rules work them out): the whatif command lists it.
     */
    public record OutputDefinition(String label, Boolean rating, Boolean whatif) {
    }

    /**
     * The values an input may take, each with the published symbols that mean it; or, with
     * {@code type: number} (or {@code integer}, whole numbers only), a number written as
     * {@link org.assessor.system.NumberText} says, from {@code min} to {@code max} (inclusive, each
     * optional). {@code missing} lists cell texts that mean no value (the input is left out),
     * {@code suppressed} those that mean a value withheld (an input with value {@code suppressed} and
     * no number).
     */
    public record Domain(String description, String type, Map<String, DomainValue> values,
                         List<String> missing, List<String> suppressed, BigDecimal min, BigDecimal max) {
        public static final String NUMBER = "number";
        public static final String INTEGER = "integer";
        public static final String SUPPRESSED = "suppressed";

        public boolean numeric() {
            return NUMBER.equals(type) || INTEGER.equals(type);
        }

        public boolean whole() {
            return INTEGER.equals(type);
        }

        public boolean isMissing(String cell) {
            return cell.isEmpty() || (missing != null && missing.contains(cell));
        }

        public boolean isSuppressed(String cell) {
            return suppressed != null && suppressed.contains(cell);
        }
    }

    /**
     * A long input file (one row per organisation, period and metric) instead of the wide default: which
     * columns name the organisation ({@code subject}: its code; {@code organisation}: its name), its sector
     * and period, the metric and its value; which metric ids are published results (kept for checking, not
     * rated) and which are ignored. A metric id ending in {@code *} is a prefix.
     */
    public record InputFormat(
            String layout,
            String subject,
            String organisation,
            String sector,
            @JsonProperty("sector_values") Map<String, String> sectorValues,
            String period,
            @JsonProperty("period_values") Map<String, String> periodValues,
            String metric,
            String value,
            List<String> published,
            @JsonProperty("published_columns") List<String> publishedColumns,
            List<String> ignore) {
        public static final String LONG = "long";

        public boolean isLong() {
            return LONG.equals(layout);
        }

        public static boolean matches(List<String> patterns, String id) {
            if (patterns == null) {
                return false;
            }
            for (String pattern : patterns) {
                if (pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * How assessments share rule sessions. {@code group_by} ({@code sector}, {@code period} or attribute
     * names) keeps every assessment with the same values in one session, for rules that compare assessments
     * with each other (ranks, quartiles); a group is never split.
     */
    public record Sessions(@JsonProperty("group_by") List<String> groupBy) {
    }

    /**
     * {@code share}: how common the value typically is, relative to the others (only for synthetic data);
     * {@code level: false}: a status, not a level of performance (not applicable, data not returned), which
     * no realistic change of performance moves an input to or one step from.
     */
    public record DomainValue(List<String> symbols, String label, Double share, Boolean level) {

        public boolean isLevel() {
            return level == null || level;
        }
    }

    /** One input column: the role rules give it ({@code kind}), its domain and readable name. */
    public record InputDefinition(String kind, String domain, String label) {
    }

    /** A sector, the inputs a trust of that sector must have and, for synthetic data, its typical share of trusts. */
    public record SectorDefinition(String label, List<String> inputs, Double share) {
    }

    /** A trust attribute that is kept but not rated; with a domain, its values are checked. */
    public record AttributeDefinition(String label, String domain) {
    }

    /**
     * An extra output table ({@code rate} writes it next to ratings.csv, named by its key): one row per
     * rating, the columns in order, sorted by the {@code sort} columns (numerically where both values are
     * numbers).
     */
    public record TableDefinition(String description, List<String> sort, Map<String, ColumnDefinition> columns) {
    }

    /**
     * Where a column's value comes from: exactly one of {@code field} ({@code organisation}, {@code sector},
     * {@code sector_label}, {@code period}), {@code attribute}, {@code result} or {@code published}; {@code map}
     * replaces values (e.g. 1 by Yes), {@code decimals} formats numbers; {@code show} tells pages how to show the
     * value: {@code segment} (with its segment's colour) or {@code movement} (a change, up or down).
     */
    public record ColumnDefinition(String field, String attribute, String result, String published,
                                   Map<String, String> map, Integer decimals, String show) {
        public static final String SEGMENT = "segment";
        public static final String MOVEMENT = "movement";
    }
}
