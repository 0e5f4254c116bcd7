package org.assessor.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig;

/**
 * National-size Oversight Framework inputs for timing the league tables (issue 15 item 6): every peer group in every
 * quarter of 2025/26, as NHS England's long files lay them out. The bundled files hold the 61 mental health and
 * community trusts in Q1, Q2 and Q4 only, so: that peer group's Q1, Q2 and Q4 are the real rows, its Q3 copies Q2;
 * the 134 acute and 10 ambulance trusts of each quarter copy, trust {@code i}, the rows of real trust {@code i mod 61}
 * of the same quarter (Q2 for Q3) for the metrics their type is configured with. A copy gets its own code and name,
 * its raw values (OF0xxx) scaled by a seeded log-normal factor (sigma 0.2), no published OF1xxx score where it has
 * the value (so the engine ranks that metric across its peer group) and no published result (OF4xxx, OF5000-OF5003,
 * OF5005). Acute copies also get seeded values of the acute-only metrics: OF0023 and A&E four hours (per cent), the
 * infection trio's and OF1106's scores (1.00-4.00).
 *
 * <pre>java -cp target/benchmarks.jar org.assessor.bench.NationalLeagueTables DIR</pre> writes DIR/nof-TYPE.csv.
 */
public final class NationalLeagueTables {
    private static final String Q1_Q2 = "data/nof-2025-26/mental-health-and-community-trust-data-q1-q2-2025-26.csv";
    private static final String Q4 = "data/nof-2025-26/mental-health-and-community-trust-data-q4-2025-26.csv";
    private static final List<String> QUARTERS = List.of("Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26");
    private static final Set<String> RESULTS = Set.of("OF5000", "OF5002", "OF5003", "OF5005");

    private final Methodology methodology = Populations.load(LeagueTable.ID);
    private final Random random = new Random(Populations.SEED);
    private final Map<String, List<List<CSVRecord>>> real = new LinkedHashMap<>();
    private List<String> header;

    private NationalLeagueTables() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        NationalLeagueTables tables = new NationalLeagueTables();
        tables.read(Q1_Q2);
        tables.read(Q4);
        tables.write(folder.resolve("nof-mental-health-and-community.csv"), "Mental health and community trust", "mental_health_community", 61);
        tables.write(folder.resolve("nof-acute.csv"), "Acute trust", "acute_trust", 134);
        tables.write(folder.resolve("nof-ambulance.csv"), "Ambulance trust", "ambulance_trust", 10);
    }

    private void read(String file) throws IOException {
        String text = Files.readString(Populations.home().resolve(file), StandardCharsets.UTF_8);
        try (Reader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            header = parser.getHeaderNames();
            Map<String, Map<String, List<CSVRecord>>> byQuarter = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                byQuarter.computeIfAbsent(record.get("Quarter"), q -> new LinkedHashMap<>())
                        .computeIfAbsent(record.get("Trust_code"), t -> new ArrayList<>()).add(record);
            }
            byQuarter.forEach((quarter, trusts) -> real.put(quarter, new ArrayList<>(trusts.values())));
        }
    }

    private void write(Path file, String type, String sector, int count) throws IOException {
        Set<String> inputs = Set.copyOf(methodology.sectors().get(sector).inputs());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (String quarter : QUARTERS) {
                List<List<CSVRecord>> trusts = real.getOrDefault(quarter, real.get("Q2 2025/26"));
                boolean copyOnly = !real.containsKey(quarter) || !sector.equals("mental_health_community");
                for (int i = 0; i < count; i++) {
                    List<CSVRecord> rows = trusts.get(i % trusts.size());
                    if (!copyOnly) {
                        for (CSVRecord row : rows) {
                            csv.printRecord(row.toList());
                        }
                        continue;
                    }
                    List<String> base = new ArrayList<>(rows.get(0).toList());
                    set(base, "Quarter", quarter);
                    set(base, "Trust_type", type);
                    set(base, "Trust_subtype", sector.equals("mental_health_community") ? base.get(header.indexOf("Trust_subtype")) : type + " (synthetic)");
                    set(base, "Trust_code", String.format(Locale.ROOT, "S%s%03d", sector.substring(0, 2).toUpperCase(Locale.ROOT), i + 1));
                    set(base, "Trust_name", String.format(Locale.ROOT, "Synthetic %s %03d", type, i + 1));
                    copy(rows, base, inputs, csv);
                    if (sector.equals("acute_trust")) {
                        acuteOnly(base, csv);
                    }
                }
            }
        }
    }

    private void copy(List<CSVRecord> rows, List<String> base, Set<String> inputs, CSVPrinter csv) throws IOException {
        Set<String> raw = new HashSet<>();
        rows.forEach(r -> raw.add(r.get("Metric_ID")));
        for (CSVRecord row : rows) {
            String metric = row.get("Metric_ID");
            boolean scoreOfValue = metric.startsWith("OF1") && raw.contains("OF0" + metric.substring(3));
            if (scoreOfValue || metric.startsWith("OF4") || RESULTS.contains(metric) || !(inputs.contains(metric) || metric.startsWith("OF50"))) {
                continue;
            }
            List<String> values = new ArrayList<>(row.toList());
            for (String column : List.of("Quarter", "Trust_type", "Trust_subtype", "Trust_code", "Trust_name")) {
                set(values, column, base.get(header.indexOf(column)));
            }
            if (metric.startsWith("OF0")) {
                set(values, "Value", scaled(metric, row.get("Value")));
            }
            csv.printRecord(values);
        }
    }

    private void acuteOnly(List<String> base, CSVPrinter csv) throws IOException {
        metric(base, "OF0023", "%", 45 + 30 * random.nextDouble(), csv);
        metric(base, "acute_ae_4_hours_raw", "%", 60 + 30 * random.nextDouble(), csv);
        for (String score : List.of("acute_mrsa", "acute_ecoli", "acute_cdiff", "OF1106")) {
            metric(base, score, "score", 1 + 3 * random.nextDouble(), csv);
        }
    }

    private void metric(List<String> base, String id, String units, double value, CSVPrinter csv) throws IOException {
        List<String> values = new ArrayList<>(base);
        set(values, "Metric_ID", id);
        set(values, "Metric_description", methodology.inputs().get(id).label());
        set(values, "Units", units);
        set(values, "Value", String.format(Locale.ROOT, "%.2f", value));
        for (String column : List.of("Domain", "Sub-domain", "Median_value", "Lower_quartile", "Upper_quartile", "Rank")) {
            set(values, column, "");
        }
        csv.printRecord(values);
    }

    private void set(List<String> values, String column, String value) {
        values.set(header.indexOf(column), value);
    }

    /** The value times a seeded factor, kept within its domain's range (a percentage stays at most 100). */
    private String scaled(String metric, String value) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
        MethodologyConfig.Domain domain = methodology.config().domains().get(methodology.inputs().get(metric).domain());
        double scaled = number * Math.exp(0.2 * random.nextGaussian());
        scaled = domain.max() == null ? scaled : Math.min(scaled, domain.max().doubleValue());
        scaled = domain.min() == null ? scaled : Math.max(scaled, domain.min().doubleValue());
        return String.format(Locale.ROOT, "%.2f", scaled);
    }
}
