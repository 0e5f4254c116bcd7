package org.assessor.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.input.AssessmentReader;
import org.assessor.methodology.Methodology;

/**
 * A seeded league-table population for oversight-framework-2025-26: NHS England's Q1 2025/26 file has 61
 * mental health and community trusts; trust {@code i} of the synthetic population copies the rows of real
 * trust {@code i mod 61}. The first 61 are the real trusts unchanged; each later one gets its own code and
 * name, its raw metric values (OF0xxx) scaled by a seeded random factor (log-normal, sigma 0.2), and no
 * published OF1xxx score for a metric whose raw value it has, so the engine scores that metric by ranking
 * it against every trust. All trusts share one type and quarter, so they are one session and one league table.
 */
final class LeagueTable {
    static final String ID = "oversight-framework-2025-26";
    static final String DATA = "data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv";
    static final String QUARTER = "Q1 2025/26";

    private LeagueTable() {
    }

    static List<AssessmentInputs> trusts(Methodology methodology, int count) {
        Path file = null;
        try {
            file = Files.createTempFile("assessor-bench-nof-", ".csv");
            write(count, file);
            return new AssessmentReader(methodology, "Q1").read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Populations.deleteQuietly(file);
        }
    }

    private static void write(int count, Path file) throws IOException {
        List<String> header;
        Map<String, List<CSVRecord>> byTrust = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(Populations.home().resolve(DATA), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                if (QUARTER.equals(record.get("Quarter"))) {
                    byTrust.computeIfAbsent(record.get("Trust_code"), k -> new ArrayList<>()).add(record);
                }
            }
        }
        List<List<CSVRecord>> real = new ArrayList<>(byTrust.values());
        Random random = new Random(Populations.SEED);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (int i = 0; i < count; i++) {
                List<CSVRecord> rows = real.get(i % real.size());
                if (i < real.size()) {
                    for (CSVRecord row : rows) {
                        csv.printRecord(row.toList());
                    }
                } else {
                    copy(rows, i, header, random, csv);
                }
            }
        }
    }

    private static void copy(List<CSVRecord> rows, int i, List<String> header, Random random, CSVPrinter csv) throws IOException {
        Set<String> raw = rows.stream().map(r -> r.get("Metric_ID")).filter(m -> m.startsWith("OF0")).collect(Collectors.toSet());
        for (CSVRecord row : rows) {
            String metric = row.get("Metric_ID");
            if (metric.startsWith("OF1") && raw.contains("OF0" + metric.substring(3))) {
                continue;
            }
            List<String> values = new ArrayList<>(row.toList());
            values.set(header.indexOf("Trust_code"), String.format(Locale.ROOT, "SYN%03d", i + 1));
            values.set(header.indexOf("Trust_name"), String.format(Locale.ROOT, "Synthetic Trust %03d", i + 1));
            int value = header.indexOf("Value");
            if (metric.startsWith("OF0")) {
                values.set(value, scaled(values.get(value), random));
            }
            csv.printRecord(values);
        }
    }

    private static String scaled(String value, Random random) {
        try {
            double factor = Math.exp(0.2 * random.nextGaussian());
            return String.format(Locale.ROOT, "%.2f", Double.parseDouble(value) * factor);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
