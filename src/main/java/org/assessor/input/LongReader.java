package org.assessor.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Assessment;
import org.assessor.fact.Input;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.InputDefinition;
import org.assessor.methodology.MethodologyConfig.InputFormat;
import org.assessor.methodology.MethodologyConfig.SectorDefinition;
import org.assessor.system.NumberText;
import org.assessor.system.Shown;

/**
 * Reads a long input (one row per organisation, period and metric, as the methodology's {@code input_format}
 * says) into one assessment per organisation, sector and period. Metrics listed in {@code inputs} become inputs;
 * published metrics are kept on the assessment for checking; every problem is reported with its line.
 */
final class LongReader {
    private final Methodology methodology;
    private final InputFormat format;
    private final InputProblems problems;
    private final String periodFilter;
    private final Map<String, ValueParser> parsers = new HashMap<>();

    /** An assessment being gathered from its rows. */
    private static final class Gathered {
        final long line;
        final String organisation;
        final String sector;
        final String period;
        final Map<String, String> attributes;
        final Map<String, String> published = new LinkedHashMap<>();
        final Map<String, ValueParser.Parsed> values = new LinkedHashMap<>();
        final Map<String, Long> lines = new HashMap<>();

        Gathered(long line, String organisation, String sector, String period, Map<String, String> attributes) {
            this.line = line;
            this.organisation = organisation;
            this.sector = sector;
            this.period = period;
            this.attributes = attributes;
        }
    }

    LongReader(Methodology methodology, InputProblems problems, String periodFilter) {
        this.methodology = methodology;
        this.format = methodology.config().inputFormat();
        this.problems = problems;
        this.periodFilter = periodFilter;
        methodology.inputs().forEach((name, input) ->
                parsers.put(name, new ValueParser(methodology.config().domains().get(input.domain()))));
    }

    List<AssessmentInputs> read(Records records, Records.Line first) {
        List<String> names = first.record().stream().map(String::strip).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
        List<String> required = new ArrayList<>(List.of(format.subject(), format.sector(), format.metric(), format.value()));
        if (format.organisation() != null) {
            required.add(format.organisation());
        }
        if (format.period() != null) {
            required.add(format.period());
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                problems.add(first.number(), 0, null, "missing column '" + column + "' (input_format of " + methodology.id()
                        + "); the header is: " + Shown.escaped(Header.shortened(String.join(",", names))));
            }
        }
        problems.throwIfAny();
        Map<String, Gathered> assessments = new LinkedHashMap<>();
        Set<String> periodsSeen = new LinkedHashSet<>();
        int rows = 0;
        for (Records.Line row = records.next(); row != null; row = records.next()) {
            rows++;
            if (row.record().size() != names.size()) {
                problems.add(row.number(), Math.min(row.record().size(), names.size()) + 1, null, "has " + row.record().size()
                        + " fields but the header has " + names.size() + "; a value holding a comma must be in double quotes");
                continue;
            }
            read(row, index, assessments, periodsSeen);
        }
        if (rows == 0) {
            throw problems.fatal(first.number(), "no rows to rate: the file has a header but no data rows");
        }
        problems.throwIfAny();
        if (assessments.isEmpty() && periodFilter != null) {
            throw problems.fatal(0, "no rows for period '" + periodFilter + "'; the file has " + String.join(", ", periodsSeen));
        }
        List<AssessmentInputs> result = new ArrayList<>();
        assessments.values().forEach(g -> result.add(assessment(g)));
        return result;
    }

    private void read(Records.Line row, Map<String, Integer> index, Map<String, Gathered> assessments, Set<String> periodsSeen) {
        long line = row.number();
        java.util.function.Function<String, String> cell = column -> row.record().get(index.get(column)).strip();
        String code = cell.apply(format.subject());
        String sectorText = cell.apply(format.sector());
        String metric = cell.apply(format.metric());
        String periodText = format.period() == null ? null : cell.apply(format.period());
        if (periodText != null) {
            periodsSeen.add(periodText);
            if (!selected(periodText)) {
                return;
            }
        }
        if (InputFormat.matches(format.ignore(), metric)) {
            return;
        }
        String sector = format.sectorValues() == null ? sectorText : format.sectorValues().get(sectorText);
        if (sector == null || !methodology.sectors().containsKey(sector)) {
            problems.add(line, index.get(format.sector()) + 1, format.sector(), "unknown " + format.sector() + " "
                    + Shown.quoted(sectorText) + "; allowed: " + String.join(", ", format.sectorValues() == null ? methodology.sectors().keySet()
                    : format.sectorValues().keySet()));
            return;
        }
        String period = periodText;
        if (periodText != null && format.periodValues() != null) {
            period = format.periodValues().get(periodText);
            if (period == null) {
                problems.add(line, index.get(format.period()) + 1, format.period(), "unknown period " + Shown.quoted(periodText)
                        + "; allowed: " + String.join(", ", format.periodValues().keySet()));
                return;
            }
        }
        if (code.isEmpty()) {
            problems.add(line, index.get(format.subject()) + 1, format.subject(), "missing value; every row names its subject");
            return;
        }
        String key = code + "\u0000" + sector + "\u0000" + period;
        String finalPeriod = period;
        Gathered gathered = assessments.computeIfAbsent(key, k -> new Gathered(line,
                format.organisation() == null ? code : cell.apply(format.organisation()), sector, finalPeriod,
                attributes(row, index)));
        Long earlier = gathered.lines.putIfAbsent(metric, line);
        if (earlier != null) {
            problems.add(line, index.get(format.metric()) + 1, format.metric(), "duplicate: metric " + Shown.quoted(metric) + " of "
                    + Shown.quoted(code) + (periodText == null ? "" : " in " + Shown.quoted(periodText))
                    + " is already on line " + earlier);
            return;
        }
        String value = cell.apply(format.value());
        if (InputFormat.matches(format.published(), metric)) {
            String problem = value.isEmpty() ? null : NumberText.problem(value);
            if (problem != null) {
                // rules may read a published value as a number (the published average): it is held to the same syntax
                problems.add(line, index.get(format.value()) + 1, format.value(), metric + ": invalid published value "
                        + Shown.quoted(value) + ": " + problem);
                return;
            }
            gathered.published.put(metric, value);
            if (format.publishedColumns() != null) {
                for (String column : format.publishedColumns()) {
                    if (index.containsKey(column)) {
                        gathered.published.put(metric + "." + column, cell.apply(column));
                    }
                }
            }
            return;
        }
        InputDefinition input = methodology.inputs().get(metric);
        if (input == null) {
            problems.add(line, index.get(format.metric()) + 1, format.metric(), "unknown metric " + Shown.quoted(metric)
                    + "; it is neither an input of " + methodology.id() + " nor listed in input_format published or ignore");
            return;
        }
        ValueParser parser = parsers.get(metric);
        if (parser.missing(value)) {
            return;
        }
        ValueParser.Parsed parsed = parser.parseValue(value);
        if (!parsed.ok()) {
            problems.add(line, index.get(format.value()) + 1, format.value(), metric + ": " + parsed.problem());
            return;
        }
        gathered.values.put(metric, parsed);
    }

    /** A period is selected by its exact text, its id, or the text's first word (Q1 for "Q1 2025/26"). */
    private boolean selected(String periodText) {
        if (periodFilter == null) {
            return true;
        }
        String id = format.periodValues() == null ? null : format.periodValues().get(periodText);
        return periodText.equalsIgnoreCase(periodFilter) || periodFilter.equalsIgnoreCase(id)
                || periodText.toLowerCase(java.util.Locale.ROOT).startsWith(periodFilter.toLowerCase(java.util.Locale.ROOT) + " ");
    }

    private Map<String, String> attributes(Records.Line row, Map<String, Integer> index) {
        Map<String, String> attributes = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>(methodology.attributes().keySet());
        wanted.add(format.subject());
        if (format.period() != null) {
            wanted.add(format.period());
        }
        for (String name : wanted) {
            Integer i = index.get(name);
            if (i != null) {
                attributes.put(name, row.record().get(i).strip());
            }
        }
        return attributes;
    }

    private AssessmentInputs assessment(Gathered g) {
        Assessment assessment = new Assessment((int) g.line, g.organisation, g.sector, g.attributes, g.period, g.published);
        SectorDefinition sector = methodology.sectors().get(g.sector);
        Set<String> used = Set.copyOf(sector.inputs());
        List<Input> inputs = new ArrayList<>();
        g.values.forEach((metric, parsed) -> {
            if (used.contains(metric)) {
                inputs.add(new Input(assessment, methodology.inputs().get(metric).kind(), metric, parsed.value(), parsed.number()));
            }
        });
        return new AssessmentInputs(assessment, inputs);
    }
}
