package org.assessor.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.assessor.assessment.Subject;
import org.assessor.methodology.Methodology;

/**
 * Reads a wide CSV (organisation, sector, one column per input) into subjects, checking every cell
 * against the methodology. Every problem is reported, with line and column, before anything is rated.
 */
public final class SubjectReader {
    /** The header is read as a plain record so that its problems get our messages, with columns. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final Methodology methodology;
    private final String period;

    public SubjectReader(Methodology methodology) {
        this(methodology, null);
    }

    /** @param period for a long input with periods, the one period to read (its text, id or first word); null for all */
    public SubjectReader(Methodology methodology, String period) {
        this.methodology = methodology;
        this.period = period;
    }

    public List<Subject> read(Path file) {
        InputProblems problems = new InputProblems(file.toString());
        InputText text = InputText.decode(bytes(file, problems), problems);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.text())).setFormat(FORMAT).get()) {
            return read(new Records(parser, text, problems), problems);
        } catch (IOException e) {
            throw problems.fatal(0, "cannot read the file: " + e.getMessage());
        }
    }

    private List<Subject> read(Records records, InputProblems problems) {
        Records.Line first = records.next();
        if (first == null) {
            throw problems.fatal(1, "the file is empty; expected a header row: organisation, sector, then one column per input");
        }
        if (methodology.config().inputFormat() != null && methodology.config().inputFormat().isLong()) {
            return new LongReader(methodology, problems, period).read(records, first);
        }
        Header header = Header.check(first.number(), first.record().toList(), methodology, problems);
        RowReader rows = new RowReader(methodology, header, problems);
        List<Subject> subjects = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int count = 0;
        for (Records.Line row = records.next(); row != null; row = records.next()) {
            count++;
            Subject subject = rows.read(row.number(), row.record());
            if (subject != null && checkUnique(subject, row.number(), header, seen, problems)) {
                subjects.add(subject);
            }
        }
        if (count == 0) {
            throw problems.fatal(first.number(), "no rows to rate: the file has a header but no data rows; "
                    + "add one row per organisation and sector");
        }
        problems.throwIfAny();
        return subjects;
    }

    private static byte[] bytes(Path file, InputProblems problems) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problems.fatal(0, "file not found");
        } catch (AccessDeniedException e) {
            throw problems.fatal(0, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw problems.fatal(0, Files.isDirectory(file) ? "this is a folder; expected a CSV file"
                    : "cannot read the file: " + e.getMessage());
        }
    }

    private static boolean checkUnique(Subject subject, long line, Header header, Map<String, Long> seen,
                                       InputProblems problems) {
        String key = subject.assessment().getOrganisation() + "\u0000" + subject.assessment().getSector();
        Long first = seen.putIfAbsent(key, line);
        if (first != null) {
            problems.add(line, header.column(Header.ORGANISATION), Header.ORGANISATION, "duplicate: "
                    + subject.assessment() + " is already on line " + first + "; each organisation may appear once per sector");
            return false;
        }
        return true;
    }
}
