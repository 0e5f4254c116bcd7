package org.assessor.trend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assessor.output.Csv;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * One year's {@code ratings.csv} (as {@code rate} writes it: organisation, sector, rating, then results;
 * any other columns are kept) with a label such as "2003-04". Rows are keyed by organisation and sector, and by period
 * when the file has a {@code period} column (a trust rated in several quarters).
 */
public record RatingsFile(String label, Path file, List<String> columns, List<Row> rows) {
    public static final String ORGANISATION = "organisation";
    public static final String SECTOR = "sector";
    public static final String PERIOD = "period";

    /** One trust in one sector (and period, when the file has one): every column's value. */
    public record Row(String organisation, String sector, Map<String, String> values) {
        public String key() {
            return organisation + "\u0000" + sector + (period().isEmpty() ? "" : "\u0000" + period());
        }

        /** The period ("q1_2025_26"), or empty for a file without periods. */
        public String period() {
            return values.getOrDefault(PERIOD, "");
        }

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** Reads the file, checking that it has organisation, sector and every rating column, and no duplicate rows. */
    public static RatingsFile read(Path file, String label, List<String> ratingColumns) {
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = Csv.read(file)) {
            List<String> columns = parser.getHeaderNames();
            List<String> required = new ArrayList<>(List.of(ORGANISATION, SECTOR));
            required.addAll(ratingColumns);
            for (String column : required) {
                if (!columns.contains(column)) {
                    problems.add(Problem.error(file.toString(), 1, 0, column, "missing column '" + column + "'; the file has "
                            + String.join(", ", columns) + (ratingColumns.contains(column) ? " (choose with --rating-column)" : "")));
                }
            }
            if (!problems.isEmpty()) {
                throw new ProblemException(file + " cannot be read", problems);
            }
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : columns) {
                    values.put(column, record.isSet(column) ? record.get(column) : "");
                }
                Row row = new Row(values.get(ORGANISATION), values.get(SECTOR), values);
                Integer first = seen.putIfAbsent(row.key(), line);
                if (row.organisation().isEmpty()) {
                    problems.add(Problem.error(file.toString(), line, 1, ORGANISATION, "missing value"));
                } else if (first != null) {
                    problems.add(Problem.error(file.toString(), line, 1, ORGANISATION, "duplicate: " + row.organisation()
                            + " (" + row.sector() + (row.period().isEmpty() ? "" : ", " + row.period()) + ") is already on line " + first));
                } else {
                    rows.add(row);
                }
            }
            if (!problems.isEmpty()) {
                throw new ProblemException(file + " cannot be read", problems);
            }
            return new RatingsFile(label, file, List.copyOf(columns), List.copyOf(rows));
        } catch (IOException | UncheckedIOException e) {
            String reason = Files.exists(file) ? "cannot read the file: " + e.getMessage() : "file not found";
            throw new ProblemException(Problem.error(file.toString(), 0, 0, null, reason));
        }
    }

    /** The default label of a ratings file: its folder's name for ratings.csv, else the file name without .csv. */
    public static String defaultLabel(Path file) {
        String name = file.getFileName().toString();
        Path parent = file.toAbsolutePath().getParent();
        if (name.equals("ratings.csv") && parent != null && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }
}
