package org.assessor.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.assessor.assessment.AssessmentInputs;
import org.assessor.methodology.Methodology;

/**
 * Reads a wide CSV (organisation, sector, one column per input) into assessments, checking every cell
 * against the methodology. Every problem is reported, with line and column; a caller streaming the
 * assessments learns of them at the end of the file, before it writes anything.
 */
public final class AssessmentReader {
    /** The header is read as a plain record so that its problems get our messages, with columns. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final Methodology methodology;
    private final String period;

    public AssessmentReader(Methodology methodology) {
        this(methodology, null);
    }

    /** @param period for a long input with periods, the one period to read (its text, id or first word); null for all */
    public AssessmentReader(Methodology methodology, String period) {
        this.methodology = methodology;
        this.period = period;
    }

    /** Every assessment of the file, or every problem in it. */
    public List<AssessmentInputs> read(Path file) {
        try (Assessments assessments = open(file)) {
            List<AssessmentInputs> all = new ArrayList<>();
            assessments.forEachRemaining(all::add);
            return all;
        }
    }

    /**
     * The file's assessments, read as they are asked for (a long input, whose assessments gather rows from
     * anywhere in the file, is read whole first). The header is checked at once.
     */
    public Assessments open(Path file) {
        InputProblems problems = new InputProblems(file.toString());
        long size = size(file, problems);
        InputText text = new InputText(file, stream(file, problems), problems);
        try {
            CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
            Records records = new Records(parser, text, problems);
            Records.Line first = records.next();
            if (first == null) {
                throw problems.fatal(1, "the file is empty; expected a header row: organisation, sector, then one column per input");
            }
            if (methodology.config().inputFormat() != null && methodology.config().inputFormat().isLong()) {
                List<AssessmentInputs> all = new LongReader(methodology, problems, period).read(records, first);
                return new Assessments(all.iterator(), text, size);
            }
            Header header = Header.check(first.number(), first.record().toList(), methodology, problems);
            return new Assessments(new WideRows(records, first, new RowReader(methodology, header, problems), header, problems),
                    text, size);
        } catch (IOException e) {
            close(text);
            throw problems.fatal(0, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            close(text);
            throw e;
        }
    }

    private static void close(InputText text) {
        try {
            text.close();
        } catch (IOException e) {
            // already failing: the first problem is the one to report
        }
    }

    private static long size(Path file, InputProblems problems) {
        if (Files.isDirectory(file)) {
            throw problems.fatal(0, "this is a folder; expected a CSV file");
        }
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw problems.fatal(0, "file not found");
        } catch (IOException e) {
            throw problems.fatal(0, "cannot read the file: " + e.getMessage());
        }
    }

    private static InputStream stream(Path file, InputProblems problems) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw problems.fatal(0, "file not found");
        } catch (AccessDeniedException e) {
            throw problems.fatal(0, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw problems.fatal(0, "cannot read the file: " + e.getMessage());
        }
    }
}
