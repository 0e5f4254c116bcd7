package org.assessor.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.inspection.InspectionReport.Change;
import org.assessor.methodology.Labels;

/** The inspection report as text for the console, and as CSV (one row per trust whose rating changed). */
public final class InspectionText {
    private InspectionText() {
    }

    public static String render(InspectionReport report) {
        Labels labels = report.methodology().labels();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Self-declaration against inspection: %s (version %s)%n",
                report.methodology().id(), report.methodology().shortVersion()));
        text.append(String.format(Locale.ROOT, "%d trusts rated; %d inspected (a finding on at least one input of kind %s).%n",
                report.rated(), report.inspected(), report.kind()));
        text.append(String.format(Locale.ROOT, "%d of the %d inspected trusts (%.0f%%) are rated differently than their declarations alone would give",
                report.changes().size(), report.inspected(), report.changedPercent()));
        if (report.methodology().config().rating() != null && report.methodology().config().rating().values() != null) {
            long lowered = report.lowered();
            text.append(String.format(Locale.ROOT, ": %d lower, %d higher", lowered, report.changes().size() - lowered));
        }
        text.append(".\n");
        if (report.changes().isEmpty()) {
            return text.toString();
        }
        String label = labels.of("rating");
        text.append(String.format(Locale.ROOT, "%n%-32s %-22s %-14s %-14s %s%n", "organisation", "sector",
                "declared", "inspected", "findings"));
        for (Change change : report.changes()) {
            text.append(String.format(Locale.ROOT, "%-32s %-22s %-14s %-14s %s%n", change.organisation(),
                    labels.of(change.sector()), change.declared(), change.inspected(), findings(change, labels)));
        }
        text.append(String.format(Locale.ROOT, "(declared: the %s from the declarations alone; inspected: as rated)%n", label));
        return text.toString();
    }

    /** organisation, sector, rating_declared, rating_inspected, findings ("input=value; ..."). */
    public static void writeCsv(InspectionReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("organisation", "sector", "rating_declared", "rating_inspected", "findings");
            for (Change change : report.changes()) {
                List<String> findings = new ArrayList<>();
                change.findings().forEach((input, value) -> findings.add(input + "=" + value));
                csv.printRecord(change.organisation(), change.sector(), change.declared(), change.inspected(),
                        String.join("; ", findings));
            }
        }
    }

    private static String findings(Change change, Labels labels) {
        List<String> parts = new ArrayList<>();
        change.findings().forEach((input, value) -> parts.add(labels.of(input) + " " + labels.value(input, value)));
        return String.join(", ", parts);
    }
}
