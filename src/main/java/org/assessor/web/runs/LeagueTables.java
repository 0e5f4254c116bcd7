package org.assessor.web.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assessor.archive.RunSummary;
import org.assessor.methodology.MethodologyConfig.TableDefinition;
import org.assessor.output.TablesCsv;
import org.assessor.web.system.RequestProblem;
import org.springframework.stereotype.Component;

/**
 * The tables a run's methodology declares, made exactly as {@code assessor rate} writes them
 * ({@link TablesCsv}) from the run rated again. Runs never change, so each run's tables are made once.
 */
@Component
final class LeagueTables {
    private final Runs runs;
    private final Rerun rerun;
    private final Map<Long, Map<String, LeagueTable>> made = new ConcurrentHashMap<>();

    LeagueTables(Runs runs, Rerun rerun) {
        this.runs = runs;
        this.rerun = rerun;
    }

    /** The names of the tables the run's methodology declares, without making them. */
    public java.util.Set<String> names(long runId) {
        return TablesCsv.tables(rerun.methodologyOf(runs.run(runId))).keySet();
    }

    /** How the run's methodology declares the table: where each column comes from and how to show it. */
    public TableDefinition definition(long runId, String name) {
        return TablesCsv.tables(rerun.methodologyOf(runs.run(runId))).get(name);
    }

    /** By name, e.g. {@code league-table.csv}; empty when the methodology declares none. */
    public Map<String, LeagueTable> of(long runId) {
        RunSummary run = runs.run(runId);
        return made.computeIfAbsent(runId, id -> make(run));
    }

    public LeagueTable one(long runId, String name) {
        Map<String, LeagueTable> tables = of(runId);
        LeagueTable table = tables.get(name);
        if (table == null) {
            throw RequestProblem.notFound("Unknown table", "run " + runId + " (" + runs.run(runId).methodology() + ") has "
                    + (tables.isEmpty() ? "no tables" : "only " + String.join(", ", tables.keySet())), "table", name);
        }
        return table;
    }

    private Map<String, LeagueTable> make(RunSummary run) {
        var declared = TablesCsv.tables(rerun.methodologyOf(run));
        if (declared.isEmpty()) {
            return Map.of();
        }
        Rerun.Result result = rerun.of(run);
        Map<String, LeagueTable> tables = new LinkedHashMap<>();
        declared.forEach((name, definition) -> tables.put(name, table(name, definition, result)));
        return tables;
    }

    private static LeagueTable table(String name, TableDefinition definition, Rerun.Result result) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            TablesCsv.write(result.methodology(), definition, result.ratings(), csv);
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv.toString(StandardCharsets.UTF_8)))) {
                rows.add(record.toList());
            }
            List<String> columns = rows.remove(0);
            return new LeagueTable(name, definition.description(), columns, rows, groups(definition, columns, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leading sort columns up to the first whose values are numbers (a rank or score). */
    private static List<String> groups(TableDefinition definition, List<String> columns, List<List<String>> rows) {
        List<String> groups = new ArrayList<>();
        for (String column : definition.sort() == null ? List.<String>of() : definition.sort()) {
            int i = columns.indexOf(column);
            if (i < 0 || rows.stream().anyMatch(row -> row.get(i).matches("-?[0-9.]+"))) {
                break;
            }
            groups.add(column);
        }
        return groups;
    }
}
