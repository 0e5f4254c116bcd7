package org.assessor.web.runs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.archive.StoredRating;

/**
 * A run's ratings (as shown, filtered and sorted) as CSV with the columns of {@code ratings.csv}, every
 * cell, the header's too, neutralised for spreadsheets ({@link FormulaCells}).
 */
final class RatingsCsvExport {
    private RatingsCsvExport() {
    }

    static String of(List<StoredRating> all, List<StoredRating> shown) {
        List<String> columns = RatingsQuery.columns(all);
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(columns.stream().map(FormulaCells::neutralised).toList());
            for (StoredRating rating : shown) {
                csv.printRecord(columns.stream().map(column -> FormulaCells.neutralised(RatingsQuery.value(rating, column))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
