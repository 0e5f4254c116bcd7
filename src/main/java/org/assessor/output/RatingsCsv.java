package org.assessor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.methodology.Methodology;

/** {@code ratings.csv}: organisation, sector, rating, then the methodology's intermediate results. */
public final class RatingsCsv {
    private RatingsCsv() {
    }

    /** A methodology whose input has periods gets a period column after the sector. */
    static boolean periods(Methodology methodology) {
        var format = methodology.config().inputFormat();
        return format != null && format.period() != null;
    }

    public static List<String> header(Methodology methodology) {
        List<String> header = new ArrayList<>(List.of("organisation", "sector"));
        if (periods(methodology)) {
            header.add("period");
        }
        header.add(Rating.RATING);
        header.addAll(methodology.outputs());
        return header;
    }

    public static void write(Methodology methodology, List<Rating> ratings, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = header(methodology);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (Rating rating : ratings) {
                List<String> row = new ArrayList<>(header.size());
                row.add(rating.assessment().getOrganisation());
                row.add(rating.assessment().getSector());
                if (periods(methodology)) {
                    row.add(rating.assessment().getPeriod());
                }
                for (String name : header.subList(periods(methodology) ? 3 : 2, header.size())) {
                    Object value = rating.results().get(name);
                    row.add(value == null ? "" : Numbers.text(value));
                }
                csv.printRecord(row);
            }
        }
    }
}
