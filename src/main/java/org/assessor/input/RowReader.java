package org.assessor.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;
import org.assessor.system.Shown;

/**
 * Turns one CSV record into an assessment. Values in columns of other sectors are checked but not used:
 * the same file can then be rated by a methodology that uses fewer inputs.
 */
final class RowReader {
    private final Methodology methodology;
    private final Header header;
    private final InputProblems problems;
    /** The methodology's inputs with their columns and parsers, worked out once per file rather than once a row. */
    private final List<InputColumn> inputColumns = new ArrayList<>();
    private final List<AttributeColumn> attributeColumns = new ArrayList<>();
    /** Per sector, whether it uses each of {@link #inputColumns}, in their order: worked out once, read for every cell. */
    private final Map<String, boolean[]> usedBySector = new HashMap<>();
    private final List<Map.Entry<String, Integer>> publishedColumns = new ArrayList<>();
    private final int organisationColumn;
    private final int sectorColumn;
    private final Set<String> missingColumnsReported = new HashSet<>();

    /** An input of the methodology: its column (0 when the file has none), parser and definition. */
    private record InputColumn(String name, int column, ValueParser parser, InputDefinition definition, boolean optional) {
    }

    /** An attribute with its column; the parser is null for a free-text attribute. */
    private record AttributeColumn(String name, int column, ValueParser parser) {
    }

    RowReader(Methodology methodology, Header header, InputProblems problems) {
        this.methodology = methodology;
        this.header = header;
        this.problems = problems;
        var domains = methodology.config().domains();
        methodology.inputs().forEach((name, input) -> inputColumns.add(new InputColumn(name, header.column(name),
                new ValueParser(domains.get(input.domain())), input,
                domains.get(input.domain()).numeric() || domains.get(input.domain()).missing() != null)));
        methodology.attributes().forEach((name, attribute) -> {
            if (header.has(name)) {
                attributeColumns.add(new AttributeColumn(name, header.column(name), attribute == null || attribute.domain() == null
                        ? null : new ValueParser(domains.get(attribute.domain()))));
            }
        });
        methodology.sectors().forEach((id, sector) -> {
            boolean[] used = new boolean[inputColumns.size()];
            for (int i = 0; i < used.length; i++) {
                used[i] = sector.inputs().contains(inputColumns.get(i).name());
            }
            usedBySector.put(id, used);
        });
        for (String name : header.names()) {
            if (name.startsWith(Header.PUBLISHED_PREFIX)) {
                publishedColumns.add(Map.entry(name.substring(Header.PUBLISHED_PREFIX.length()), header.column(name)));
            }
        }
        organisationColumn = header.column(Header.ORGANISATION);
        sectorColumn = header.column(Header.SECTOR);
    }

    /** The assessment of a record, or null when the record has problems (they are recorded). */
    AssessmentInputs read(long line, CSVRecord record) {
        int expected = header.names().size();
        if (record.size() != expected) {
            // the column is the first one without a heading, or the first one missing
            problems.add(line, Math.min(record.size(), expected) + 1, null, "has " + record.size()
                    + " fields but the header has " + expected + "; a value holding a comma must be in double quotes");
            return null;
        }
        String organisation = cell(record, organisationColumn);
        if (organisation.isEmpty()) {
            problems.add(line, header.column(Header.ORGANISATION), Header.ORGANISATION, "missing value; every row names its organisation");
        }
        String sectorId = cell(record, sectorColumn);
        SectorDefinition sector = methodology.sectors().get(sectorId);
        if (sectorId.isEmpty()) {
            problems.add(line, header.column(Header.SECTOR), Header.SECTOR, "missing value; allowed: "
                    + String.join(", ", methodology.sectors().keySet()));
        } else if (sector == null) {
            problems.add(line, header.column(Header.SECTOR), Header.SECTOR, "unknown sector " + Shown.quoted(sectorId)
                    + caseHint(sectorId) + "; allowed: " + String.join(", ", methodology.sectors().keySet()));
        }
        Assessment assessment = new Assessment((int) line, organisation, sectorId, attributes(record, line), null, published(record));
        List<Input> inputs = inputs(record, line, assessment, sector);
        return organisation.isEmpty() || sector == null || inputs == null ? null : new AssessmentInputs(assessment, inputs);
    }

    /** Sector ids are matched exactly; one that differs only in case is pointed out, not taken. */
    private String caseHint(String sectorId) {
        return methodology.sectors().keySet().stream().filter(id -> id.equalsIgnoreCase(sectorId)).findFirst()
                .map(id -> " (did you mean '" + id + "'? sectors are matched exactly, case included)").orElse("");
    }

    private List<Input> inputs(CSVRecord record, long line, Assessment assessment, SectorDefinition sector) {
        boolean ok = true;
        List<Input> inputs = new ArrayList<>();
        boolean[] used = sector == null ? new boolean[inputColumns.size()] : usedBySector.get(assessment.getSector());
        for (int i = 0; i < used.length; i++) {
            InputColumn input = inputColumns.get(i);
            String name = input.name();
            if (input.column() == 0) {
                ok &= !used[i] || reportMissingColumn(name, assessment.getSector(), line);
                continue;
            }
            String cell = cell(record, input.column());
            ValueParser parser = input.parser();
            boolean missing = parser.missing(cell);
            ValueParser.Parsed value = missing ? null : parser.parseValue(cell);
            if (missing && used[i] && !input.optional()) {
                problems.add(line, input.column(), name, "missing value; " + name + " is required for "
                        + methodology.labels().of(assessment.getSector()) + "; allowed: " + parser.allowed());
                ok = false;
            } else if (!missing && !value.ok()) {
                // checked in every column, used by the row's sector or not: the same file may be rated by another methodology
                problems.add(line, input.column(), name, value.problem());
                ok = false;
            } else if (value != null && used[i]) {
                inputs.add(new Input(assessment, input.definition().kind(), name, value.value(), value.number()));
            }
        }
        return ok ? inputs : null;
    }

    private boolean reportMissingColumn(String name, String sector, long line) {
        if (missingColumnsReported.add(name + "/" + sector)) {
            problems.add(line, 0, name, "missing column '" + name + "', required for " + methodology.labels().of(sector));
        }
        return false;
    }

    /** Attributes as written; one with a domain must be blank or one of its values (kept as the value's id). */
    private Map<String, String> attributes(CSVRecord record, long line) {
        if (attributeColumns.isEmpty()) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>();
        for (AttributeColumn attribute : attributeColumns) {
            String cell = cell(record, attribute.column());
            ValueParser parser = attribute.parser();
            ValueParser.Parsed parsed = parser == null || cell.isEmpty() ? null : parser.parseValue(cell);
            String value = parsed == null ? cell : parsed.value();
            if (parsed != null && !parsed.ok()) {
                problems.add(line, attribute.column(), attribute.name(), parsed.problem().replace("; allowed: ", "; allowed: blank, "));
                value = cell;
            }
            attributes.put(attribute.name(), value);
        }
        return attributes;
    }

    /** The published results the row carries ({@code expected_X} columns), by result name X. */
    private Map<String, String> published(CSVRecord record) {
        if (publishedColumns.isEmpty()) {
            return Map.of();
        }
        Map<String, String> published = new HashMap<>();
        for (Map.Entry<String, Integer> column : publishedColumns) {
            String cell = cell(record, column.getValue());
            if (!cell.isEmpty()) {
                published.put(column.getKey(), cell);
            }
        }
        return published;
    }

    /** The stripped text of a cell, by 1-based column. */
    private static String cell(CSVRecord record, int column) {
        return record.get(column - 1).strip();
    }
}
