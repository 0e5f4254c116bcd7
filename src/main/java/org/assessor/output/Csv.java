package org.assessor.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect of the reports' files (as ratings.csv: RFC 4180, '\n' line ends), written and read back. */
public final class Csv {
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private Csv() {
    }

    /** Writes rows to a file's stream: the header first. */
    public interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    public static void write(OutputStream out, List<String> header, Rows rows) throws IOException {
        CSVPrinter csv = new CSVPrinter(writer(out), WRITE);
        csv.printRecord(header);
        rows.print(csv);
        csv.flush();
    }

    /**
     * UTF-8 text to the stream, buffered as text: the printer writes a cell a few characters at a time, and each
     * write straight to the encoder takes its lock.
     */
    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A parser over a UTF-8 file with a header row; a byte-order mark is skipped. */
    public static CSVParser read(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return CSVParser.builder().setReader(reader).setFormat(READ).get();
    }
}
