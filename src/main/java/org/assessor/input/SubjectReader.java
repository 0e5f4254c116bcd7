package org.assessor.input;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.assessor.assessment.Subject;
import org.assessor.methodology.Methodology;
import org.assessor.system.Problem;
import org.assessor.system.ProblemException;

/**
 * Reads a wide CSV (organisation, sector, one column per input) into subjects, checking every cell
 * against the methodology. Every problem is reported, with line and column, before anything is rated.
 */
public final class SubjectReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(true)
            .get();
    private static final char BOM = '\uFEFF';

    private final Methodology methodology;

    public SubjectReader(Methodology methodology) {
        this.methodology = methodology;
    }

    public List<Subject> read(Path file) {
        InputProblems problems = new InputProblems(file.toString());
        try (Reader reader = open(file); CSVParser parser = parse(reader, problems)) {
            Header header = Header.check(parser.getHeaderNames(), methodology, problems);
            RowReader rows = new RowReader(methodology, header, problems);
            List<Subject> subjects = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            try {
                for (CSVRecord record : parser) {
                    Subject subject = rows.read(record);
                    if (subject != null && checkUnique(subject, record.getRecordNumber() + 1, seen, problems)) {
                        subjects.add(subject);
                    }
                }
            } catch (UncheckedIOException e) {
                throw readFailure(problems, parser.getCurrentLineNumber() + 1, e.getCause());
            }
            problems.throwIfAny();
            return subjects;
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.error(file.toString(), 0, 0, null, "file not found"));
        } catch (IOException e) {
            throw readFailure(problems, 1, e);
        }
    }

    private static Reader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder));
        int first = reader.read();
        if (first != -1 && first != BOM) {
            reader.unread(first);
        }
        return reader;
    }

    private static CSVParser parse(Reader reader, InputProblems problems) throws IOException {
        try {
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            if (parser.getHeaderNames().isEmpty()) {
                throw problems.fatal(1, "the file is empty; expected a header row: organisation, sector, then one column per input");
            }
            return parser;
        } catch (IllegalArgumentException e) {
            throw problems.fatal(1, "bad header row: " + e.getMessage());
        }
    }

    private static ProblemException readFailure(InputProblems problems, long line, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return problems.fatal(line, "the file is not valid UTF-8 (" + cause.getMessage() + "); save it as UTF-8");
        }
        return problems.fatal(line, "cannot read the file: " + cause.getMessage());
    }

    private static boolean checkUnique(Subject subject, long line, Map<String, Long> seen, InputProblems problems) {
        String key = subject.assessment().getOrganisation() + "\u0000" + subject.assessment().getSector();
        Long first = seen.putIfAbsent(key, line);
        if (first != null) {
            problems.add(line, 0, null, "duplicate: " + subject.assessment() + " is already on line " + first
                    + "; each organisation may appear once per sector");
            return false;
        }
        return true;
    }
}
