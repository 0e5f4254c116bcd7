package org.assessor.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.assessor.assessment.Subject;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;

/**
 * Turns one CSV record into a subject. Values in columns of other sectors are checked but not used:
 * the same file can then be rated by a methodology that uses fewer inputs.
 */
final class RowReader {
    private final Methodology methodology;
    private final Header header;
    private final InputProblems problems;
    private final Map<String, ValueParser> parsers = new HashMap<>();
    private final Map<String, ValueParser> attributeParsers = new HashMap<>();
    private final Set<String> missingColumnsReported = new HashSet<>();

    RowReader(Methodology methodology, Header header, InputProblems problems) {
        this.methodology = methodology;
        this.header = header;
        this.problems = problems;
        methodology.inputs().forEach((name, input) ->
                parsers.put(name, new ValueParser(methodology.config().domains().get(input.domain()))));
        methodology.attributes().forEach((name, attribute) -> {
            if (attribute != null && attribute.domain() != null) {
                attributeParsers.put(name, new ValueParser(methodology.config().domains().get(attribute.domain())));
            }
        });
    }

    /** The subject of a record, or null when the record has problems (they are recorded). */
    Subject read(long line, CSVRecord record) {
        int expected = header.names().size();
        if (record.size() != expected) {
            // the column is the first one without a heading, or the first one missing
            problems.add(line, Math.min(record.size(), expected) + 1, null, "has " + record.size()
                    + " fields but the header has " + expected + "; a value holding a comma must be in double quotes");
            return null;
        }
        String organisation = cell(record, Header.ORGANISATION);
        if (organisation.isEmpty()) {
            problems.add(line, header.column(Header.ORGANISATION), Header.ORGANISATION, "missing value; every row names its organisation");
        }
        String sectorId = cell(record, Header.SECTOR);
        SectorDefinition sector = methodology.sectors().get(sectorId);
        if (sectorId.isEmpty()) {
            problems.add(line, header.column(Header.SECTOR), Header.SECTOR, "missing value; allowed: "
                    + String.join(", ", methodology.sectors().keySet()));
        } else if (sector == null) {
            problems.add(line, header.column(Header.SECTOR), Header.SECTOR, "unknown sector '" + sectorId + "'; allowed: "
                    + String.join(", ", methodology.sectors().keySet()));
        }
        Assessment assessment = new Assessment((int) line, organisation, sectorId, attributes(record, line), null, published(record));
        List<Input> inputs = inputs(record, line, assessment, sector);
        return organisation.isEmpty() || sector == null || inputs == null ? null : new Subject(assessment, inputs);
    }

    private List<Input> inputs(CSVRecord record, long line, Assessment assessment, SectorDefinition sector) {
        boolean ok = true;
        List<Input> inputs = new ArrayList<>();
        Set<String> used = sector == null ? Set.of() : Set.copyOf(sector.inputs());
        for (Map.Entry<String, InputDefinition> entry : methodology.inputs().entrySet()) {
            String name = entry.getKey();
            if (!header.has(name)) {
                ok &= !used.contains(name) || reportMissingColumn(name, assessment.getSector(), line);
                continue;
            }
            String cell = cell(record, name);
            ValueParser parser = parsers.get(name);
            boolean missing = parser.missing(cell);
            ValueParser.Parsed value = missing ? null : parser.parseValue(cell);
            if (missing && used.contains(name) && !optional(entry.getValue())) {
                problems.add(line, header.column(name), name, "missing value; " + name + " is required for "
                        + methodology.labels().of(assessment.getSector()) + "; allowed: " + parser.allowed());
                ok = false;
            } else if (!missing && value == null) {
                problems.add(line, header.column(name), name, "invalid value '" + cell + "'; allowed: " + parser.allowed());
                ok = false;
            } else if (value != null && used.contains(name)) {
                inputs.add(new Input(assessment, entry.getValue().kind(), name, value.value(), value.number()));
            }
        }
        return ok ? inputs : null;
    }

    /** A numeric input, or one whose domain lists missing texts, may be left out. */
    private boolean optional(InputDefinition input) {
        var domain = methodology.config().domains().get(input.domain());
        return domain.numeric() || domain.missing() != null;
    }

    private boolean reportMissingColumn(String name, String sector, long line) {
        if (missingColumnsReported.add(name + "/" + sector)) {
            problems.add(line, 0, name, "missing column '" + name + "', required for " + methodology.labels().of(sector));
        }
        return false;
    }

    /** Attributes as written; one with a domain must be blank or one of its values (kept as the value's id). */
    private Map<String, String> attributes(CSVRecord record, long line) {
        Map<String, String> attributes = new HashMap<>();
        methodology.attributes().keySet().forEach(name -> {
            if (!header.has(name)) {
                return;
            }
            String cell = cell(record, name);
            ValueParser parser = attributeParsers.get(name);
            String value = parser == null || cell.isEmpty() ? cell : parser.parse(cell);
            if (value == null) {
                problems.add(line, header.column(name), name, "invalid value '" + cell + "'; allowed: blank, " + parser.allowed());
                value = cell;
            }
            attributes.put(name, value);
        });
        return attributes;
    }

    /** The published results the row carries ({@code expected_X} columns), by result name X. */
    private Map<String, String> published(CSVRecord record) {
        Map<String, String> published = new HashMap<>();
        for (String name : header.names()) {
            if (name.startsWith(Header.PUBLISHED_PREFIX) && !cell(record, name).isEmpty()) {
                published.put(name.substring(Header.PUBLISHED_PREFIX.length()), cell(record, name));
            }
        }
        return published;
    }

    private String cell(CSVRecord record, String name) {
        return record.get(header.column(name) - 1).strip();
    }
}
