package org.assessor.input;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.assessor.assessment.AssessmentInputs;
import org.assessor.fact.Assessment;
import org.assessor.system.Shown;

/**
 * The assessments of a wide input, one a row, read as they are asked for. Once a row has a problem no
 * more assessments are given (they would not be rated), but the rest of the file is still read so that
 * every problem is reported together at the end.
 */
final class WideRows implements Iterator<AssessmentInputs> {
    private final Records records;
    private final Records.Line header;
    private final RowReader rows;
    private final Header columns;
    private final InputProblems problems;
    private final SeenKeys seen = new SeenKeys();
    private AssessmentInputs next;
    private long count;
    private boolean ended;

    WideRows(Records records, Records.Line header, RowReader rows, Header columns, InputProblems problems) {
        this.records = records;
        this.header = header;
        this.rows = rows;
        this.columns = columns;
        this.problems = problems;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            Records.Line row = records.next();
            if (row == null) {
                end();
            } else {
                count++;
                AssessmentInputs assessment = rows.read(row.number(), row.record());
                if (assessment != null && unique(assessment, row.number()) && !problems.any()) {
                    next = assessment;
                }
            }
        }
        return next != null;
    }

    @Override
    public AssessmentInputs next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AssessmentInputs assessment = next;
        next = null;
        return assessment;
    }

    private void end() {
        ended = true;
        if (count == 0) {
            throw problems.fatal(header.number(), "no rows to rate: the file has a header but no data rows; "
                    + "add one row per organisation and sector");
        }
        problems.throwIfAny();
    }

    private boolean unique(AssessmentInputs read, long line) {
        Assessment assessment = read.assessment();
        long first = seen.add(assessment.getOrganisation() + "\u0000" + assessment.getSector(), line);
        if (first != 0) {
            problems.add(line, columns.column(Header.ORGANISATION), Header.ORGANISATION, "duplicate: "
                    + Shown.quoted(assessment.getOrganisation()) + " (" + assessment.getSector()
                    + ") is already on line " + first + "; each organisation may appear once per sector");
            return false;
        }
        return true;
    }
}
