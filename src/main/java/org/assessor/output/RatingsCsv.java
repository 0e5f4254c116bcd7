package org.assessor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assessor.assessment.Rating;
import org.assessor.explanation.Numbers;
import org.assessor.methodology.Methodology;

/**
 * {@code ratings.csv}: organisation, sector, rating, then the methodology's intermediate results;
 * written a rating at a time. Cells are written exactly as rated, with no quote put before a leading
 * {@code =}, {@code -} or {@code @} as the web application's download does: this file is data for programs
 * ({@code trend}, {@code summary}, {@code compare} and users' own scripts read it back, and a changed
 * organisation name would no longer match its input), made by the user's own run of their own input.
 */
public final class RatingsCsv implements Consumer<Rating>, AutoCloseable {
    private final List<String> header;
    private final boolean periods;
    private final Writer out;
    /** A row is printed here and written whole: the printer's many small appends, straight to the writer, were most of its cost. */
    private final StringBuilder row = new StringBuilder(256);
    private final CSVPrinter csv;

    public RatingsCsv(Methodology methodology, OutputStream out) {
        this.header = header(methodology);
        this.periods = periods(methodology);
        this.out = Csv.writer(out);
        try {
            this.csv = new CSVPrinter(row, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            csv.printRecord(header);
            flushRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Methodology methodology, List<Rating> ratings, OutputStream out) {
        try (RatingsCsv csv = new RatingsCsv(methodology, out)) {
            ratings.forEach(csv);
        }
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

    @Override
    public void accept(Rating rating) {
        try {
            csv.print(rating.assessment().getOrganisation());
            csv.print(rating.assessment().getSector());
            if (periods) {
                csv.print(rating.assessment().getPeriod());
            }
            for (int i = periods ? 3 : 2; i < header.size(); i++) {
                Object value = rating.results().get(header.get(i));
                csv.print(value == null ? "" : Numbers.text(value));
            }
            csv.println();
            flushRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushRow() throws IOException {
        out.append(row);
        row.setLength(0);
    }

    /** Flushes what is written; the stream is closed by its owner. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
