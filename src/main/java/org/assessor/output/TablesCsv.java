package org.assessor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.methodology.Methodology;
import org.assessor.methodology.MethodologyConfig.ColumnDefinition;
import org.assessor.methodology.MethodologyConfig.TableDefinition;

/** The extra output tables a methodology declares ({@code tables:}), e.g. a league table in its official layout. */
public final class TablesCsv {
    private TablesCsv() {
    }

    public static Map<String, TableDefinition> tables(Methodology methodology) {
        return methodology.config().tables() == null ? Map.of() : methodology.config().tables();
    }

    public static void write(Methodology methodology, TableDefinition table, List<Rating> ratings, OutputStream out)
            throws IOException {
        List<String> header = List.copyOf(table.columns().keySet());
        List<List<String>> rows = new ArrayList<>();
        for (Rating rating : ratings) {
            List<String> row = new ArrayList<>(header.size());
            table.columns().values().forEach(column -> row.add(value(methodology, rating, column)));
            rows.add(row);
        }
        if (table.sort() != null) {
            Comparator<List<String>> order = null;
            for (String column : table.sort()) {
                int i = header.indexOf(column);
                if (i < 0) {
                    continue;
                }
                Comparator<List<String>> by = (a, b) -> compare(a.get(i), b.get(i));
                order = order == null ? by : order.thenComparing(by);
            }
            if (order != null) {
                rows.sort(order);
            }
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        }
    }

    static String value(Methodology methodology, Rating rating, ColumnDefinition column) {
        var assessment = rating.assessment();
        Object value;
        if (column.field() != null) {
            value = switch (column.field()) {
                case "organisation" -> assessment.getOrganisation();
                case "sector" -> assessment.getSector();
                case "sector_label" -> methodology.labels().of(assessment.getSector());
                case "period" -> assessment.getPeriod();
                default -> null;
            };
        } else if (column.attribute() != null) {
            value = assessment.attribute(column.attribute());
        } else if (column.result() != null) {
            value = rating.results().get(column.result());
        } else {
            value = assessment.getPublished().get(column.published());
        }
        if (value == null) {
            return "";
        }
        String text = column.decimals() != null && value instanceof Number n
                ? BigDecimal.valueOf(n.doubleValue()).setScale(column.decimals(), RoundingMode.HALF_UP).toPlainString()
                : Numbers.text(value);
        return column.map() != null && column.map().containsKey(text) ? column.map().get(text) : text;
    }

    private static int compare(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
