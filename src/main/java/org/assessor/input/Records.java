package org.assessor.input;

import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an input, each with the file line it starts on. The parser's record number is not a
 * line: it skips blank lines and a quoted value may hold line breaks. Rows with nothing in them are skipped
 * too: spreadsheets export emptied rows as spaces or bare commas. A CSV syntax error (a quote not
 * closed...) becomes a problem on the line of its record.
 */
final class Records {
    /** One record and the line it starts on. */
    record Line(long number, CSVRecord record) {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> iterator;
    private final InputText text;
    private final InputProblems problems;
    private long lastEnd;

    Records(CSVParser parser, InputText text, InputProblems problems) {
        this.parser = parser;
        this.iterator = parser.iterator();
        this.text = text;
        this.problems = problems;
    }

    /** The next record, or null at the end of the file. */
    Line next() {
        try {
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                lastEnd = parser.getCurrentLineNumber();
                if (!record.stream().allMatch(String::isBlank)) {
                    return new Line(text.recordLine(record.getCharacterPosition()), record);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            // CsvShape reports the syntax errors it knows with their column first; the parser's own text
            // gives a position that is not a line, so it is not shown
            throw problems.fatal(text.nextNonBlankLine(lastEnd), "this is not valid CSV"
                    + "; a value holding a comma, a double quote or a line break must be in double quotes, "
                    + "with every double quote inside it doubled, e.g. \"Guy's and St Thomas', \"\"London\"\"\"");
        }
    }
}
